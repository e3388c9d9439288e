using Aanmelding.Contracts;
using Aanmelding.Contracts.Municipalities;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Intake;

public class ApplicationValidatorTests
{
    static readonly string[] BothTypes = ["gemeente", "woningcorporatie"];
    static readonly MunicipalityRegister Municipalities = MunicipalityRegister.ForYear(2018);

    static ApplicationForm ValidForm() =>
        (TestApplication.Of("Arnhem", "Presikhaaf", "Gemeente Arnhem", "j.devries@arnhem.nl") with
        {
            GasFreeStatus = "in-voorbereiding",
            Motivation = new string('m', 250),
            Partners = "Vivare, Volkshuisvesting Arnhem",
            ContactName = "Jan de Vries",
            ContactPhone = "+31 (0)26 377 4911",
        }).Form();

    static IReadOnlyDictionary<string, string[]> Validate(ApplicationForm form) => ApplicationValidator.Validate(form, BothTypes, Municipalities);

    static string[] ErrorsAt(ApplicationForm form, string key) =>
        Validate(form).TryGetValue(key, out var messages) ? messages : [];

    static ApplicationForm WithText(string field, string? value)
    {
        var form = ValidForm();
        return field switch
        {
            "organisation" => form with { Organisation = value },
            "municipality" => form with { Municipality = value },
            "neighbourhood" => form with { Neighbourhood = value },
            "motivation" => form with { Motivation = value },
            "partners" => form with { Partners = value },
            "contact.name" => form with { Contact = form.Contact! with { Name = value } },
            "contact.email" => form with { Contact = form.Contact! with { Email = value } },
            "contact.phone" => form with { Contact = form.Contact! with { Phone = value } },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
        };
    }

    [Fact]
    public void A_fully_valid_form_has_no_errors()
    {
        Assert.Empty(Validate(ValidForm()));
    }

    [Fact]
    public void A_valid_form_without_the_optional_fields_has_no_errors()
    {
        var form = ValidForm() with { Homes = null, Partners = null, Contact = ValidForm().Contact! with { Phone = null } };

        Assert.Empty(Validate(form));
    }

    [Fact]
    public void An_empty_form_gets_a_Dutch_message_for_every_required_field_and_none_for_optional_ones()
    {
        var errors = Validate(new ApplicationForm());

        Assert.Equal(
            ["applicantType", "challenges", "consent", "contact.email", "contact.name", "gasFreeStatus", "motivation", "municipality", "neighbourhood", "organisation"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Kies of u zich aanmeldt als gemeente of als woningcorporatie."], errors["applicantType"]);
        Assert.Equal(["Vul de naam van uw organisatie in (2 tot 200 tekens)."], errors["organisation"]);
        Assert.Equal(["Kies de gemeente waarin de wijk ligt."], errors["municipality"]);
        Assert.Equal(["Vul de naam van de wijk in (2 tot 100 tekens)."], errors["neighbourhood"]);
        Assert.Equal(["Vul uw motivatie in (100 tot 5000 tekens)."], errors["motivation"]);
        Assert.Equal(["Vul de naam van de contactpersoon in (2 tot 100 tekens)."], errors["contact.name"]);
        Assert.Equal(["Vul het e-mailadres van de contactpersoon in."], errors["contact.email"]);
        Assert.Equal(["Kies ten minste één opgave die in de wijk speelt."], errors["challenges"]);
        Assert.Contains("aardgasvrije wijk", Assert.Single(errors["gasFreeStatus"]), StringComparison.Ordinal);
        Assert.StartsWith("Geef toestemming", Assert.Single(errors["consent"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organisation", 2, 200)]
    [InlineData("neighbourhood", 2, 100)]
    [InlineData("motivation", 100, 5000)]
    [InlineData("contact.name", 2, 100)]
    public void Required_text_accepts_the_length_boundaries_and_rejects_one_beyond(string field, int min, int max)
    {
        Assert.Empty(ErrorsAt(WithText(field, new string('a', min)), field));
        Assert.Empty(ErrorsAt(WithText(field, new string('a', max)), field));
        Assert.NotEmpty(ErrorsAt(WithText(field, new string('a', min - 1)), field));
        Assert.NotEmpty(ErrorsAt(WithText(field, new string('a', max + 1)), field));
    }

    [Theory]
    [InlineData("GM0202")]
    [InlineData("gm 0202")]
    [InlineData("0202")]
    [InlineData("Arnhem")]
    [InlineData("ARNHEM")]
    [InlineData("  gemeente  arnhem ")]
    [InlineData("Arn\u200Bhem")]
    [InlineData("Arn\u00ADhem")]
    [InlineData("Arn\rhem")]
    [InlineData("Ａｒｎｈｅｍ")]
    public void A_municipality_is_one_of_the_list_by_code_or_name_however_it_is_written(string written)
    {
        Assert.Empty(ErrorsAt(WithText("municipality", written), "municipality"));
        Assert.Equal("GM0202", Municipalities.Resolve(written).Municipality!.Code);
    }

    [Theory]
    [InlineData("Den Haag", "GM0518")]
    [InlineData("'s-Gravenhage", "GM0518")]
    [InlineData("s Gravenhage", "GM0518")]
    [InlineData("Den Bosch", "GM0796")]
    [InlineData("Den-Helder", "GM0400")]
    public void A_municipality_may_be_given_by_a_common_alias_or_with_a_hyphen_for_a_space(string written, string code)
    {
        Assert.Empty(ErrorsAt(WithText("municipality", written), "municipality"));
        Assert.Equal(code, Municipalities.Resolve(written).Municipality!.Code);
    }

    [Fact]
    public void A_close_miss_is_refused_with_the_suggestion()
    {
        Assert.Equal(
            ["Deze gemeente staat niet in de gemeentelijke indeling van 1 januari 2018. Bedoelt u Amsterdam?"],
            ErrorsAt(WithText("municipality", "Amsterdm"), "municipality"));
    }

    [Theory]
    [InlineData("\u0410rnhem")] // Cyrillic А
    [InlineData("Arnh\u0435m")] // Cyrillic е
    public void A_municipality_with_a_look_alike_letter_from_another_script_is_refused_with_the_real_name(string written)
    {
        var message = Assert.Single(ErrorsAt(WithText("municipality", written), "municipality"));

        Assert.Contains("letters uit een ander schrift", message, StringComparison.Ordinal);
        Assert.Contains("Bedoelt u Arnhem?", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gemeente 7")]
    [InlineData("GM0007")]
    [InlineData("' or 1 eq 1 or RowKey ne '")]
    public void What_is_no_municipality_of_the_list_is_refused(string written)
    {
        Assert.Single(ErrorsAt(WithText("municipality", written), "municipality"));
    }

    [Fact]
    public void A_municipality_longer_than_a_name_can_be_is_refused_without_looking_it_up()
    {
        Assert.Equal(
            ["De naam van de gemeente is te lang: maximaal 100 tekens, u heeft er 101."],
            ErrorsAt(WithText("municipality", new string('a', 101)), "municipality"));
    }

    [Theory]
    [InlineData("organisation")]
    [InlineData("municipality")]
    [InlineData("neighbourhood")]
    [InlineData("motivation")]
    [InlineData("contact.name")]
    public void Required_text_that_is_missing_or_only_spaces_is_rejected(string field)
    {
        Assert.NotEmpty(ErrorsAt(WithText(field, null), field));
        Assert.NotEmpty(ErrorsAt(WithText(field, ""), field));
        Assert.NotEmpty(ErrorsAt(WithText(field, "   \t "), field));
    }

    [Fact]
    public void Lengths_are_counted_after_trimming()
    {
        Assert.Empty(ErrorsAt(WithText("organisation", "   " + new string('a', 200) + "   "), "organisation"));
        Assert.NotEmpty(ErrorsAt(WithText("organisation", "  a  "), "organisation"));
    }

    [Fact]
    public void A_one_character_name_asks_to_fill_in_the_field_with_its_limits()
    {
        Assert.Equal(["Vul de naam van uw organisatie in (2 tot 200 tekens)."], ErrorsAt(WithText("organisation", "X"), "organisation"));
    }

    [Fact]
    public void Too_long_text_says_the_maximum_and_how_many_characters_were_typed()
    {
        Assert.Equal(
            ["De naam van uw organisatie is te lang: maximaal 200 tekens, u heeft er 201."],
            ErrorsAt(WithText("organisation", new string('a', 201)), "organisation"));
        Assert.Equal(
            ["Uw motivatie is te lang: maximaal 5000 tekens, u heeft er 5001."],
            ErrorsAt(WithText("motivation", new string('a', 5001)), "motivation"));
    }

    [Fact]
    public void Too_short_motivation_says_the_minimum_and_how_many_characters_were_typed()
    {
        Assert.Equal(
            ["Uw motivatie is te kort: minimaal 100 tekens, u heeft er 99."],
            ErrorsAt(WithText("motivation", new string('a', 99)), "motivation"));
    }

    [Fact]
    public void A_line_break_sent_as_CRLF_counts_as_one_character_as_in_the_browser()
    {
        // 50 lines of 99 characters and 49 line breaks plus one character: 5000 with LF, 5049 as the browser posts it.
        var motivation = string.Join("\r\n", Enumerable.Repeat(new string('a', 99), 50)) + "a";

        Assert.Equal(5049, motivation.Length);
        Assert.Equal(5000, ApplicationFormNormalizer.Normalize(WithText("motivation", motivation)).Motivation!.Length);
        Assert.Empty(ErrorsAt(WithText("motivation", motivation), "motivation"));
        Assert.NotEmpty(ErrorsAt(WithText("motivation", motivation + "a"), "motivation"));
    }

    [Fact]
    public void Partners_are_optional_and_at_most_2000_characters()
    {
        Assert.Empty(ErrorsAt(WithText("partners", null), "partners"));
        Assert.Empty(ErrorsAt(WithText("partners", ""), "partners"));
        Assert.Empty(ErrorsAt(WithText("partners", "   "), "partners"));
        Assert.Empty(ErrorsAt(WithText("partners", new string('p', 2000)), "partners"));
        Assert.Equal(
            ["De beschrijving van de samenwerkingspartners is te lang: maximaal 2000 tekens, u heeft er 2001."],
            ErrorsAt(WithText("partners", new string('p', 2001)), "partners"));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, true)]
    [InlineData(200_000, true)]
    [InlineData(0, false)]
    [InlineData(200_001, false)]
    [InlineData(-3, false)]
    public void Homes_is_optional_and_a_whole_number_from_1_to_200000(int? homes, bool valid)
    {
        var messages = ErrorsAt(ValidForm() with { Homes = homes }, "homes");

        if (valid)
        {
            Assert.Empty(messages);
        }
        else
        {
            Assert.Equal(["Vul het aantal woningen in de wijk in als heel getal van 1 tot 200.000, of laat het veld leeg."], messages);
        }
    }

    [Theory]
    [InlineData("gemeente")]
    [InlineData("woningcorporatie")]
    [InlineData("  Woningcorporatie ")]
    public void ApplicantType_accepts_gemeente_and_woningcorporatie(string type)
    {
        Assert.Empty(ErrorsAt(ValidForm() with { ApplicantType = type }, "applicantType"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("provincie")]
    [InlineData("gemeente woningcorporatie")]
    public void ApplicantType_rejects_anything_else(string? type)
    {
        Assert.Equal(
            ["Kies of u zich aanmeldt als gemeente of als woningcorporatie."],
            ErrorsAt(ValidForm() with { ApplicantType = type }, "applicantType"));
    }

    [Fact]
    public void ApplicantType_must_be_allowed_by_the_call()
    {
        var form = ValidForm() with { ApplicantType = "woningcorporatie" };

        var errors = ApplicationValidator.Validate(form, ["gemeente"], Municipalities);

        Assert.Equal(
            ["Voor deze oproep kunt u zich niet aanmelden als woningcorporatie. Aanmelden kan alleen als gemeente."],
            errors["applicantType"]);
        Assert.Empty(ApplicationValidator.Validate(form with { ApplicantType = "gemeente" }, ["gemeente"], Municipalities));
    }

    [Theory]
    [InlineData("aangewezen")]
    [InlineData("in-voorbereiding")]
    [InlineData("nee")]
    [InlineData("NEE")]
    public void GasFreeStatus_accepts_the_three_answers(string status)
    {
        Assert.Empty(ErrorsAt(ValidForm() with { GasFreeStatus = status }, "gasFreeStatus"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ja")]
    [InlineData("in voorbereiding")]
    public void GasFreeStatus_rejects_anything_else(string? status)
    {
        var message = Assert.Single(ErrorsAt(ValidForm() with { GasFreeStatus = status }, "gasFreeStatus"));
        Assert.Equal("Geef aan of de wijk is aangewezen als aardgasvrije wijk: aangewezen, aanwijzing in voorbereiding of nog niet.", message);
    }

    [Theory]
    [InlineData("onveiligheid")]
    [InlineData("armoede")]
    [InlineData("werkloosheid")]
    [InlineData("schulden")]
    [InlineData("eenzaamheid")]
    [InlineData("anders")]
    public void Each_challenge_on_its_own_is_accepted(string challenge)
    {
        Assert.Empty(ErrorsAt(ValidForm() with { Challenges = [challenge] }, "challenges"));
    }

    [Fact]
    public void All_six_challenges_together_are_accepted()
    {
        var all = ApplicationChoices.Challenges.Select(choice => choice.Key).ToArray();

        Assert.Equal(6, all.Length);
        Assert.Empty(ErrorsAt(ValidForm() with { Challenges = all }, "challenges"));
    }

    [Fact]
    public void No_challenge_at_all_is_rejected()
    {
        Assert.Equal(["Kies ten minste één opgave die in de wijk speelt."], ErrorsAt(ValidForm() with { Challenges = [] }, "challenges"));
        Assert.Equal(["Kies ten minste één opgave die in de wijk speelt."], ErrorsAt(ValidForm() with { Challenges = null }, "challenges"));
    }

    [Fact]
    public void An_unknown_challenge_is_rejected_with_the_list_to_choose_from()
    {
        Assert.Equal(
            ["Er is een onbekende opgave gekozen. Kies uit: onveiligheid, armoede, werkloosheid, schulden, eenzaamheid, anders."],
            ErrorsAt(ValidForm() with { Challenges = ["armoede", "klimaat"] }, "challenges"));
        Assert.NotEmpty(ErrorsAt(ValidForm() with { Challenges = [null!] }, "challenges"));
    }

    [Fact]
    public void A_challenge_chosen_twice_is_rejected_also_when_it_differs_only_in_case()
    {
        Assert.Equal(["Kies elke opgave maar één keer."], ErrorsAt(ValidForm() with { Challenges = ["armoede", "armoede"] }, "challenges"));
        Assert.Equal(["Kies elke opgave maar één keer."], ErrorsAt(ValidForm() with { Challenges = ["armoede", " Armoede"] }, "challenges"));
    }

    [Theory]
    [InlineData("j.devries@arnhem.nl")]
    [InlineData("Jan.de.Vries@Gemeente.Arnhem.NL")]
    [InlineData("info+oproep@vivare.nl")]
    [InlineData("  jan@arnhem.nl  ")]
    public void A_plain_e_mail_address_is_accepted(string email)
    {
        Assert.Empty(ErrorsAt(WithText("contact.email", email), "contact.email"));
    }

    [Theory]
    [InlineData("jan")]
    [InlineData("jan@")]
    [InlineData("@arnhem.nl")]
    [InlineData("jan@localhost")]
    [InlineData("jan@@arnhem.nl")]
    [InlineData("jan@ar@nhem.nl")]
    [InlineData("jan de vries@arnhem.nl")]
    [InlineData("Jan <jan@arnhem.nl>")]
    [InlineData("jan@arnhem.nl.")]
    [InlineData("jan@arnhem..nl")]
    [InlineData("jan@.arnhem.nl")]
    [InlineData("jan@arnhem.nl,piet@arnhem.nl")]
    [InlineData("jan@arnhem.nl\u0000")]
    public void Anything_but_a_plain_e_mail_address_is_rejected(string email)
    {
        Assert.Equal(
            ["Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl."],
            ErrorsAt(WithText("contact.email", email), "contact.email"));
    }

    [Fact]
    public void An_e_mail_address_may_be_254_characters_but_not_255()
    {
        var domain = string.Join('.', new string('b', 63), new string('c', 63), new string('d', 58)) + ".nl";
        var longest = new string('a', 64) + "@" + domain;
        var tooLong = new string('a', 64) + "@" + "e" + domain;

        Assert.Equal(254, longest.Length);
        Assert.Equal(255, tooLong.Length);
        Assert.Empty(ErrorsAt(WithText("contact.email", longest), "contact.email"));
        Assert.NotEmpty(ErrorsAt(WithText("contact.email", tooLong), "contact.email"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("123456")]
    [InlineData("026-3774911")]
    [InlineData("+31 (0)26 377 4911")]
    public void Phone_is_optional_and_may_hold_digits_spaces_plus_minus_and_brackets(string? phone)
    {
        Assert.Empty(ErrorsAt(WithText("contact.phone", phone), "contact.phone"));
    }

    [Fact]
    public void Phone_length_boundaries_are_6_and_30()
    {
        Assert.Empty(ErrorsAt(WithText("contact.phone", new string('1', 30)), "contact.phone"));
        Assert.Empty(ErrorsAt(WithText("contact.phone", "12 345"), "contact.phone"));
        Assert.NotEmpty(ErrorsAt(WithText("contact.phone", "12345"), "contact.phone"));
        Assert.Equal(
            ["Vul een geldig telefoonnummer in (6 tot 30 tekens: cijfers, spaties, +, - en haakjes), of laat het veld leeg."],
            ErrorsAt(WithText("contact.phone", new string('1', 31)), "contact.phone"));
    }

    [Theory]
    [InlineData("026/3774911")]
    [InlineData("026.377.49.11")]
    [InlineData("bel maar")]
    [InlineData("------")]
    [InlineData("+31\t263774911")]
    [InlineData("026 377 4911 (overdag)")]
    public void Phone_with_other_characters_or_without_digits_is_rejected(string phone)
    {
        Assert.NotEmpty(ErrorsAt(WithText("contact.phone", phone), "contact.phone"));
    }

    [Fact]
    public void A_missing_contact_asks_for_name_and_e_mail_but_not_for_the_optional_phone()
    {
        var errors = Validate(ValidForm() with { Contact = null });

        Assert.Contains("contact.name", errors.Keys);
        Assert.Contains("contact.email", errors.Keys);
        Assert.DoesNotContain("contact.phone", errors.Keys);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void Consent_must_be_given(bool? consent)
    {
        var message = Assert.Single(ErrorsAt(ValidForm() with { Consent = consent }, "consent"));
        Assert.Contains("toestemming", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organisation", "Gemeente\tArnhem")]
    [InlineData("organisation", "Gemeente\nArnhem")]
    [InlineData("neighbourhood", "Presik\u0007haaf")]
    [InlineData("contact.name", "Jan\u0000de Vries")]
    [InlineData("contact.name", "Jan\u0085de Vries")]
    public void Single_line_fields_reject_every_control_character(string field, string value)
    {
        var message = Assert.Single(ErrorsAt(WithText(field, value), field));
        Assert.Contains("onzichtbare stuurtekens", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_line_fields_allow_line_breaks_and_tabs()
    {
        var motivation = "Eerste alinea.\r\n\r\n\tTweede alinea met een tab.\nDerde regel.\r" + new string('m', 100);

        Assert.Empty(ErrorsAt(WithText("motivation", motivation), "motivation"));
        Assert.Empty(ErrorsAt(WithText("partners", "Vivare\n\tPortaal\r\nTalis"), "partners"));
    }

    [Theory]
    [InlineData("motivation", '\u0000')]
    [InlineData("motivation", '\u001b')]
    [InlineData("partners", '\u0008')]
    [InlineData("partners", '\u007f')]
    public void Multi_line_fields_reject_other_control_characters(string field, char control)
    {
        var message = Assert.Single(ErrorsAt(WithText(field, new string('m', 150) + control + "m"), field));
        Assert.Contains("onzichtbare stuurtekens", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organisation", "Gemeente\u200BArnhem", "U+200B", 9)]
    [InlineData("organisation", "\uFEFFGemeente Arnhem", "U+FEFF", 1)]
    [InlineData("neighbourhood", "Presik\u202Efaahk", "U+202E", 7)]
    [InlineData("neighbourhood", "Presikhaaf\u2066", "U+2066", 11)]
    [InlineData("contact.name", "Jan\u200Dde Vries", "U+200D", 4)]
    [InlineData("contact.name", "Jan de Vries\U000E0041", "U+E0041", 13)]
    [InlineData("motivation", "\u200F", "U+200F", 151)]
    [InlineData("partners", "Vivare\u2028Portaal", "U+2028", 7)]
    public void Hidden_format_and_direction_characters_are_refused_in_every_text_field(string field, string value, string codePoint, int position)
    {
        var text = field == "motivation" ? new string('m', 150) + value : value;

        var message = Assert.Single(ErrorsAt(WithText(field, text), field));

        Assert.Contains($"bevat een onzichtbaar teken ({codePoint}, het {position}e teken) dat hier niet is toegestaan", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_character_is_named_once_also_beside_a_control_character()
    {
        var message = Assert.Single(ErrorsAt(WithText("organisation", "Gemeente\t\u200BArnhem"), "organisation"));

        Assert.Contains("onzichtbare stuurtekens", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neighbourhood", "Súdwest-Fryslân Oost")]
    [InlineData("contact.name", "Çağlar Öztürk")]
    [InlineData("organisation", "Woningstichting \u2018t Goede Wonen")]
    [InlineData("partners", "Vivare \u2764\uFE0F Portaal")]
    public void Accents_quotes_and_emoji_are_visible_text_and_accepted(string field, string value)
    {
        Assert.Empty(ErrorsAt(WithText(field, value), field));
    }

    [Fact]
    public void Broken_unicode_half_of_an_emoji_is_rejected_and_a_whole_emoji_counts_as_two()
    {
        var halfEmoji = new string('m', 150) + "\ud83c" + "m";
        var wholeEmoji = new string('m', 98) + "\U0001F3E0";

        Assert.Contains("onzichtbare stuurtekens", Assert.Single(ErrorsAt(WithText("motivation", halfEmoji), "motivation")), StringComparison.Ordinal);
        Assert.Empty(ErrorsAt(WithText("motivation", wholeEmoji), "motivation"));
    }

    [Fact]
    public void Every_failing_field_is_reported_at_once()
    {
        var form = ValidForm() with { Organisation = "X", Homes = 0, Consent = false, Contact = ValidForm().Contact! with { Email = "jan" } };

        Assert.Equal(["consent", "contact.email", "homes", "organisation"], Validate(form).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Normalize_trims_text_lowercases_choices_and_e_mail_and_turns_CRLF_into_LF()
    {
        var form = new ApplicationForm
        {
            ApplicantType = " Gemeente ",
            Organisation = "  Gemeente Arnhem\r\n",
            Municipality = "\tArnhem ",
            Neighbourhood = " Presikhaaf ",
            Homes = 4200,
            GasFreeStatus = "In-Voorbereiding ",
            Challenges = [" Armoede", "EENZAAMHEID "],
            Motivation = "  Regel een.\r\nRegel twee.\rRegel drie.\n  ",
            Partners = " Vivare\r\n",
            Contact = new ContactDetails { Name = " Jan de Vries ", Email = " J.deVries@Arnhem.NL ", Phone = " 026 377 4911 " },
            Consent = true,
        };

        var normalized = ApplicationFormNormalizer.Normalize(form);

        Assert.Equal("gemeente", normalized.ApplicantType);
        Assert.Equal("Gemeente Arnhem", normalized.Organisation);
        Assert.Equal("Arnhem", normalized.Municipality);
        Assert.Equal("Presikhaaf", normalized.Neighbourhood);
        Assert.Equal(4200, normalized.Homes);
        Assert.Equal("in-voorbereiding", normalized.GasFreeStatus);
        Assert.Equal(["armoede", "eenzaamheid"], normalized.Challenges!);
        Assert.Equal("Regel een.\nRegel twee.\nRegel drie.", normalized.Motivation);
        Assert.Equal("Vivare", normalized.Partners);
        Assert.Equal("Jan de Vries", normalized.Contact!.Name);
        Assert.Equal("j.devries@arnhem.nl", normalized.Contact.Email);
        Assert.Equal("026 377 4911", normalized.Contact.Phone);
        Assert.True(normalized.Consent);
    }

    [Fact]
    public void Normalize_keeps_missing_fields_missing_and_is_idempotent()
    {
        var empty = ApplicationFormNormalizer.Normalize(new ApplicationForm());
        var once = ApplicationFormNormalizer.Normalize(ValidForm() with { Organisation = " X ", Motivation = "a\r\nb" });
        var twice = ApplicationFormNormalizer.Normalize(once);

        Assert.Null(empty.ApplicantType);
        Assert.Null(empty.Challenges);
        Assert.Null(empty.Contact);
        Assert.Null(empty.Consent);
        Assert.Equal(once.Organisation, twice.Organisation);
        Assert.Equal(once.Motivation, twice.Motivation);
        Assert.Equal(once.Contact, twice.Contact);
        Assert.Equal(once.Challenges!, twice.Challenges!);
    }

    [Fact]
    public void The_choice_labels_are_the_Dutch_texts_the_form_shows()
    {
        Assert.Equal("Woningcorporatie", ApplicationChoices.Label(ApplicationChoices.ApplicantTypes, "woningcorporatie"));
        Assert.Equal("Aangewezen als aardgasvrije wijk", ApplicationChoices.Label(ApplicationChoices.GasFreeStatuses, "aangewezen"));
        Assert.Equal("Aanwijzing in voorbereiding", ApplicationChoices.Label(ApplicationChoices.GasFreeStatuses, "in-voorbereiding"));
        Assert.Equal("Nog niet aangewezen", ApplicationChoices.Label(ApplicationChoices.GasFreeStatuses, "nee"));
        Assert.Equal(
            ["Onveiligheid", "Armoede", "Werkloosheid", "Schulden", "Eenzaamheid", "Anders"],
            ApplicationChoices.Challenges.Select(choice => choice.Value));
    }

    [Fact]
    public void Anders_needs_its_text_and_the_text_needs_Anders()
    {
        var withOther = ValidForm() with { Challenges = ["armoede", "anders"] };

        Assert.Equal(["U koos Anders: beschrijf welke opgave in de wijk speelt."], ErrorsAt(withOther, "challengesOther"));
        Assert.Equal(["U koos Anders: beschrijf welke opgave in de wijk speelt."], ErrorsAt(withOther with { ChallengesOther = "   " }, "challengesOther"));
        Assert.Empty(Validate(withOther with { ChallengesOther = " Leegstand " }));
        Assert.Equal(
            ["Vink Anders aan als u een andere opgave beschrijft, of maak dit veld leeg."],
            ErrorsAt(ValidForm() with { ChallengesOther = "Leegstand" }, "challengesOther"));
        Assert.Equal(
            ["De beschrijving van de andere opgave is te lang: maximaal 200 tekens, u heeft er 201."],
            ErrorsAt(withOther with { ChallengesOther = new string('x', 201) }, "challengesOther"));
        Assert.Single(ErrorsAt(withOther with { ChallengesOther = "Leeg\u200Bstand" }, "challengesOther"));
    }

    [Fact]
    public void The_challenge_labels_name_what_Anders_stands_for()
    {
        Assert.Equal(["Armoede", "Anders: Leegstand"], ApplicationChoices.ChallengeLabels(["armoede", "anders"], "Leegstand"));
        Assert.Equal(["Anders"], ApplicationChoices.ChallengeLabels(["anders"], null));
        Assert.Empty(ApplicationChoices.ChallengeLabels(null, "Leegstand"));
    }
}
