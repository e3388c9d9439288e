using System.Net;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Email;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Email;

public sealed class EmailTemplatesTests
{
    const string Coordinator = "coordinator@example.org";
    const string ReceiptUrl = "https://aanmelding.example.org/applications/a1b2c3d4?token=abc-DEF_123&lang=nl";
    const string ReviewUrl = "https://aanmelding.example.org/review/a1b2c3d4?token=rev-XYZ_789&x=1";
    const string AdminUrl = "https://aanmelding.example.org/api/calls/kwetsbare-wijken-2018/applications?view=all&sort=date";
    const string FormUrl = "https://aanmelding.example.org/calls/kwetsbare-wijken-2018?from=mail&x=1";
    static readonly DateTimeOffset ValidUntil = new(2018, 7, 27, 21, 59, 59, TimeSpan.Zero);

    public static TheoryData<string> Kinds() =>
    [
        EmailKinds.Acknowledgement, EmailKinds.ReviewRequest, EmailKinds.WithdrawalNotice, EmailKinds.IntakeClosed,
        EmailKinds.ReminderDigest, EmailKinds.Outcome, EmailKinds.FinalSummary, EmailKinds.ReceiptLink,
        EmailKinds.DroppedOut, EmailKinds.SelectedFromReserve,
        EmailKinds.WithdrawalConfirmation, EmailKinds.ReceiptLinks, EmailKinds.SignInLink,
        EmailKinds.ChangeConfirmation, EmailKinds.ChangeNotice,
    ];

    /// <summary>Renders one kind from the given application; the links used are returned too.</summary>
    static (EmailMessage Message, string[] Links) Render(string kind, Application app)
    {
        var call = EmailTestData.Call();
        var form = app.Form;
        return kind switch
        {
            EmailKinds.Acknowledgement => (EmailTemplates.Acknowledgement(call, app, ReceiptUrl), [ReceiptUrl]),
            EmailKinds.ReviewRequest => (EmailTemplates.ReviewRequest(call, app, Coordinator, ReviewUrl, ValidUntil), [ReviewUrl]),
            EmailKinds.WithdrawalNotice => (EmailTemplates.WithdrawalNotice(call, app with { WithdrawnAt = new DateTimeOffset(2018, 7, 10, 12, 0, 0, TimeSpan.Zero) }, Coordinator), []),
            EmailKinds.IntakeClosed => (EmailTemplates.IntakeClosed(
                call, Coordinator, new IntakeSummary(3, 1, 2, [new MunicipalityCount(form.Municipality!, 2), new MunicipalityCount("Arnhem", 1)]), AdminUrl), [AdminUrl]),
            EmailKinds.ReminderDigest => (EmailTemplates.ReminderDigest(
                call, Coordinator, [new PendingReview(app.Id, form.Organisation!, form.Municipality!, form.Neighbourhood!, ReviewUrl)]), [ReviewUrl]),
            EmailKinds.Outcome => (EmailTemplates.Outcome(call, app with { Outcome = ApplicationStatus.Selected }, ReceiptUrl), [ReceiptUrl]),
            EmailKinds.FinalSummary => (EmailTemplates.FinalSummary(call, Coordinator, 12, 3, 7, Encoding.UTF8.GetBytes("id;uitkomst\n"), AdminUrl), [AdminUrl]),
            EmailKinds.ReceiptLink => (EmailTemplates.ReceiptLink(call, app, ReceiptUrl), [ReceiptUrl]),
            EmailKinds.DroppedOut => (EmailTemplates.DroppedOut(call, app, ReceiptUrl), [ReceiptUrl]),
            EmailKinds.SelectedFromReserve => (EmailTemplates.SelectedFromReserve(call, app with { Outcome = ApplicationStatus.Selected }, ReceiptUrl, 12), [ReceiptUrl]),
            EmailKinds.ReceiptLinks => (EmailTemplates.ReceiptLinks(call, form.Contact!.Email!, [(app, ReceiptUrl)]), [ReceiptUrl]),
            EmailKinds.WithdrawalConfirmation => (EmailTemplates.WithdrawalConfirmation(
                call, app with { WithdrawnAt = new DateTimeOffset(2018, 7, 10, 12, 0, 0, TimeSpan.Zero) }, ReceiptUrl, FormUrl), [ReceiptUrl, FormUrl]),
            EmailKinds.SignInLink => (EmailTemplates.SignInLink(call, Coordinator, AdminUrl, TimeSpan.FromMinutes(15)), [AdminUrl]),
            EmailKinds.ChangeConfirmation => (EmailTemplates.ChangeConfirmation(call, app with { Version = 2 }, ReceiptUrl), [ReceiptUrl]),
            EmailKinds.ChangeNotice => (EmailTemplates.ChangeNotice(call, app with { Version = 2 }, Coordinator, ReviewUrl), [ReviewUrl]),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    [Fact]
    public void Every_kind_of_email_is_checked_here_so_a_new_one_cannot_skip_the_glossary_or_the_reply_to()
    {
        var all = typeof(EmailKinds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(all.Order(StringComparer.Ordinal), ((IEnumerable<object[]>)Kinds()).Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_carries_the_calls_contact_address_as_reply_to_and_in_its_text(string kind)
    {
        var (message, _) = Render(kind, EmailTestData.Application());
        var contact = EmailTestData.Call().ContactEmail;

        Assert.Equal(contact, message.ReplyTo);
        Assert.Contains(contact, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(contact, message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_names_the_call_and_its_organisers_in_both_parts(string kind)
    {
        var (message, _) = Render(kind, EmailTestData.Application());

        Assert.Equal(kind, message.Kind);
        foreach (var part in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.Contains("Verduurzaming van kwetsbare wijken", part, StringComparison.Ordinal);
            Assert.Contains("Platform31", part, StringComparison.Ordinal);
            Assert.Contains("Nyenrode Business Universiteit", part, StringComparison.Ordinal);
            Assert.Contains("Met vriendelijke groet", part, StringComparison.Ordinal);
            Assert.Contains("http://localhost:7071/privacy/kwetsbare-wijken-2018", part, StringComparison.Ordinal);
        }

        Assert.Contains("Verduurzaming van kwetsbare wijken", message.Subject, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(message.To));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Links_are_in_the_text_part_and_encoded_in_the_html_href(string kind)
    {
        var (message, links) = Render(kind, EmailTestData.Application());

        foreach (var link in links)
        {
            Assert.Contains(link, message.TextBody, StringComparison.Ordinal);
            Assert.Contains($"href=\"{WebUtility.HtmlEncode(link)}\"", message.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("&amp;", WebUtility.HtmlEncode(link), StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"{link}\"", message.HtmlBody, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void User_text_cannot_inject_markup_into_the_html(string kind)
    {
        var (message, _) = Render(kind, EmailTestData.Hostile());

        Assert.DoesNotContain("<script", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>vet</b>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<burg>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Wonen\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Zaan\"stad", message.HtmlBody, StringComparison.Ordinal);
        if (kind is not (EmailKinds.IntakeClosed or EmailKinds.FinalSummary or EmailKinds.SignInLink))
        {
            // These carry no application text; the others must show it, encoded.
            Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void No_submitted_text_goes_into_a_header(string kind)
    {
        var (message, _) = Render(kind, EmailTestData.Hostile());

        // The subject is made of the call's title and our reference; submitted names (shown in the body) stay out of it.
        foreach (var submitted in new[] { "Acme", "Wonen", "Zaan", "Poelen", "Piet", "script" })
        {
            Assert.DoesNotContain(submitted, message.Subject, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_receipt_link_goes_to_the_address_on_file_and_says_who_asked_for_it()
    {
        var message = EmailTemplates.ReceiptLink(EmailTestData.Call(), EmailTestData.Application(), ReceiptUrl);

        Assert.Equal("contact@example.org", message.To);
        Assert.Equal("De link naar uw aanmelding voor Verduurzaming van kwetsbare wijken (kenmerk a1b2c3d4)", message.Subject);
        Assert.Contains("Iemand heeft gevraagd om de link naar uw aanmelding", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Heeft u hier niet om gevraagd? Dan hoeft u niets te doen", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Poelenburg", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void User_text_is_encoded_wherever_it_appears()
    {
        var message = EmailTemplates.ReviewRequest(EmailTestData.Call(), EmailTestData.Hostile(), Coordinator, ReviewUrl, ValidUntil);

        Assert.Contains("Acme &quot;Wonen&quot; &lt;script&gt;alert(1)&lt;/script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;vet&lt;/b&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Partner &lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);

        // The text part carries the same information, unencoded.
        Assert.Contains("Acme \"Wonen\" <script>alert(1)</script>", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledgement_thanks_summarises_and_explains_what_happens_next()
    {
        var message = EmailTemplates.Acknowledgement(EmailTestData.Call(), EmailTestData.Application(), ReceiptUrl);

        Assert.Equal("contact@example.org", message.To);
        Assert.Contains("a1b2c3d4", message.Subject, StringComparison.Ordinal);
        foreach (var part in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.Contains("Beste Jan de Vries,", part, StringComparison.Ordinal);
            Assert.Contains("Hartelijk dank", part, StringComparison.Ordinal);
            Assert.Contains("a1b2c3d4", part, StringComparison.Ordinal);
            Assert.Contains("Woonstichting De Vaart", part, StringComparison.Ordinal);
            Assert.Contains("Zaanstad", part, StringComparison.Ordinal);
            Assert.Contains("Poelenburg", part, StringComparison.Ordinal);
            Assert.Contains("12.500", part, StringComparison.Ordinal);
            Assert.Contains("vrijdag 13 juli 2018, 23:59", part, StringComparison.Ordinal);
            Assert.Contains("Wat gebeurt er nu?", part, StringComparison.Ordinal);
            Assert.Contains("intrekken", part, StringComparison.Ordinal);
            Assert.Contains("12 wijken geselecteerd", part, StringComparison.Ordinal);
        }

        // Submitted 08:30Z in summer = 10:30 in Amsterdam.
        Assert.Contains("maandag 2 juli 2018, 10:30", message.TextBody, StringComparison.Ordinal);

        // A full copy (issue 16): the contact's own details too, since the mail goes to that contact only.
        Assert.Contains("Telefoonnummer: 0612345678", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_request_shows_the_application_the_link_and_its_validity()
    {
        var message = EmailTemplates.ReviewRequest(EmailTestData.Call(), EmailTestData.Application(), Coordinator, ReviewUrl, ValidUntil);

        Assert.Equal(Coordinator, message.To);
        Assert.Equal("Beoordelen: aanmelding a1b2c3d4 \u2013 Verduurzaming van kwetsbare wijken", message.Subject);
        Assert.Contains("Motivatie", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tweede regel van de motivatie.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("maken.<br>Tweede regel", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("geldig tot en met vrijdag 27 juli 2018, 23:59", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Armoede en Eenzaamheid", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Aanwijzing in voorbereiding", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("contact@example.org", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawal_notice_says_no_review_is_needed()
    {
        var message = EmailTemplates.WithdrawalNotice(EmailTestData.Call(), EmailTestData.Application(), Coordinator);

        Assert.Contains("ingetrokken", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("niet (meer) te beoordelen", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("a1b2c3d4", message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Ingetrokken:", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_closed_lists_counts_and_municipalities()
    {
        var summary = new IntakeSummary(5, 1, 2, [new MunicipalityCount("Zaanstad", 3), new MunicipalityCount("Arnhem", 2)]);
        var message = EmailTemplates.IntakeClosed(EmailTestData.Call(), Coordinator, summary, AdminUrl);

        Assert.Contains("5 aanmeldingen ontvangen", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Ontvangen: 5", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Ingetrokken: 1", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Nog niet beoordeeld: 2", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Arnhem: 2", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Zaanstad: 3", message.TextBody, StringComparison.Ordinal);
        Assert.True(
            message.TextBody.IndexOf("Arnhem", StringComparison.Ordinal) < message.TextBody.IndexOf("Zaanstad", StringComparison.Ordinal),
            "gemeenten are listed alphabetically");
        Assert.Contains("<th scope=\"col\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("gesloten op vrijdag 13 juli 2018, 23:59", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_closed_counts_the_verb_with_the_number_still_waiting()
    {
        var one = EmailTemplates.IntakeClosed(EmailTestData.Call(), Coordinator, new IntakeSummary(3, 0, 1, [new MunicipalityCount("Arnhem", 3)]), AdminUrl);
        var two = EmailTemplates.IntakeClosed(EmailTestData.Call(), Coordinator, new IntakeSummary(3, 0, 2, [new MunicipalityCount("Arnhem", 3)]), AdminUrl);

        Assert.Contains("Er wacht nog 1 aanmelding op een beoordeling.", one.TextBody, StringComparison.Ordinal);
        Assert.Contains("Er wachten nog 2 aanmeldingen op een beoordeling.", two.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Aanmeldtermijn gesloten: 3 aanmeldingen ontvangen", one.Subject, StringComparison.Ordinal);
        Assert.Contains("De aanmeldtermijn is gesloten", one.TextBody, StringComparison.Ordinal);
        Assert.Contains("In behandeling: 3", one.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_closed_with_nothing_received_says_so_and_thanks_nobody_for_reviewing()
    {
        var message = EmailTemplates.IntakeClosed(EmailTestData.Call(), Coordinator, new IntakeSummary(0, 0, 0, []), AdminUrl);

        Assert.StartsWith("Aanmeldtermijn gesloten: geen aanmeldingen ontvangen", message.Subject, StringComparison.Ordinal);
        foreach (var part in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.Contains("Er is geen enkele aanmelding binnengekomen.", part, StringComparison.Ordinal);
            Assert.DoesNotContain("Alle aanmeldingen zijn beoordeeld", part, StringComparison.Ordinal);
            Assert.DoesNotContain("Dank daarvoor", part, StringComparison.Ordinal);
            Assert.DoesNotContain("Nog niet beoordeeld", part, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Intake_closed_when_everything_was_withdrawn_says_there_is_nothing_to_review()
    {
        var message = EmailTemplates.IntakeClosed(EmailTestData.Call(), Coordinator, new IntakeSummary(2, 2, 0, []), AdminUrl);

        Assert.Contains("Alle aanmeldingen zijn ingetrokken. Er valt dus niets te beoordelen.", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Dank daarvoor", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Intake_closed_thanks_the_beoordelaars_only_when_every_application_was_reviewed()
    {
        var message = EmailTemplates.IntakeClosed(EmailTestData.Call(), Coordinator, new IntakeSummary(4, 1, 0, []), AdminUrl);

        Assert.Contains("Alle aanmeldingen zijn beoordeeld. Dank daarvoor!", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Final_summary_without_a_selected_wijk_says_so_in_its_subject()
    {
        var message = EmailTemplates.FinalSummary(EmailTestData.Call(), Coordinator, 0, 0, 2, Encoding.UTF8.GetBytes("x\n"), AdminUrl);

        Assert.StartsWith("Selectie definitief: geen wijken geselecteerd", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Alle aanmelders hebben nu tegelijk bericht gekregen", message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_uses_the_glossary_terms(string kind)
    {
        var (message, _) = Render(kind, EmailTestData.Application());

        foreach (var part in new[] { message.Subject, message.TextBody, message.HtmlBody })
        {
            foreach (var avoided in new[]
            {
                "coördinator", "aanvrager", "Type aanvrager", "Partners:", " uur", "wachten nog 1 ", "methode kan hier niet", "aanmelding is gesloten",
            })
            {
                Assert.DoesNotContain(avoided, part, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void Reminder_digest_lists_each_pending_application_with_its_own_link()
    {
        const string otherUrl = "https://aanmelding.example.org/review/e5f6?token=t2";
        var pending = new[]
        {
            new PendingReview("a1b2c3d4", "Woonstichting De Vaart", "Zaanstad", "Poelenburg", ReviewUrl),
            new PendingReview("e5f6", "Gemeente Arnhem", "Arnhem", "Presikhaaf", otherUrl),
        };
        var message = EmailTemplates.ReminderDigest(EmailTestData.Call(), Coordinator, pending);

        Assert.Contains("2 aanmeldingen wachten", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Gemeente Arnhem \u2013 wijk Presikhaaf, gemeente Arnhem (kenmerk e5f6)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(otherUrl, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(ReviewUrl, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("vrijdag 27 juli 2018, 23:59", message.TextBody, StringComparison.Ordinal);

        var single = EmailTemplates.ReminderDigest(EmailTestData.Call(), Coordinator, [pending[0]]);
        Assert.Contains("1 aanmelding wacht", single.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApplicationStatus.Selected, null, "is geselecteerd", "als een van de 7 deelnemende wijken")]
    [InlineData(ApplicationStatus.Reserve, null, "reservelijst", "valt een geselecteerde wijk af, dan bieden wij de plaats aan de eerstvolgende op de reservelijst aan")]
    [InlineData(ApplicationStatus.NotSelected, Decision.Approved, "niet geselecteerd", "kan per gemeente één wijk meedoen. Uit de gemeente Zaanstad is een andere wijk geselecteerd")]
    [InlineData(ApplicationStatus.NotSelected, Decision.Rejected, "niet geselecteerd", "Na zorgvuldige beoordeling is uw aanmelding helaas niet geselecteerd.")]
    [InlineData(ApplicationStatus.NotSelected, null, "niet geselecteerd", "Na zorgvuldige beoordeling is uw aanmelding helaas niet geselecteerd.")]
    public void Outcome_text_is_for_the_applicant_without_internal_reason_score_rank_or_note(ApplicationStatus outcome, Decision? decision, string subjectPart, string bodyPart)
    {
        var app = EmailTestData.Application() with
        {
            Outcome = outcome, Decision = decision, Score = 4, Rank = 9, DecisionNote = "Interne notitie.",
            OutcomeReason = "Niet beoordeeld vóór de selectie (score 4, plaats 9).",
        };
        var message = EmailTemplates.Outcome(EmailTestData.Call(), app, ReceiptUrl, selectedCount: 7);

        Assert.Equal("contact@example.org", message.To);
        Assert.Contains(subjectPart, message.Subject, StringComparison.Ordinal);
        Assert.Contains(bodyPart, message.TextBody, StringComparison.Ordinal);
        foreach (var internalText in new[] { "Niet beoordeeld", "Afgewezen door de beoordelaars", "score", "plaats 9", "rang", "Interne notitie", "Toelichting", "12 deelnemende" })
        {
            Assert.DoesNotContain(internalText, message.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(internalText, message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(ReceiptUrl, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_texts_differ_per_outcome()
    {
        var texts = new[] { ApplicationStatus.Selected, ApplicationStatus.Reserve, ApplicationStatus.NotSelected }
            .Select(outcome => EmailTemplates.Outcome(EmailTestData.Call(), EmailTestData.Application() with { Outcome = outcome }, ReceiptUrl).TextBody)
            .ToList();

        Assert.Equal(3, texts.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Outcome_without_a_final_outcome_is_refused()
    {
        Assert.Throws<ArgumentException>(() => EmailTemplates.Outcome(EmailTestData.Call(), EmailTestData.Application(), ReceiptUrl));
    }

    [Fact]
    public void Final_summary_attaches_the_csv()
    {
        var csv = Encoding.UTF8.GetBytes("rang;kenmerk;uitkomst\n1;a1b2c3d4;geselecteerd\n");
        var message = EmailTemplates.FinalSummary(EmailTestData.Call(), Coordinator, 12, 3, 7, csv, AdminUrl);

        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("selectie-kwetsbare-wijken-2018.csv", attachment.FileName);
        Assert.Equal("text/csv; charset=utf-8", attachment.ContentType);
        Assert.Equal(csv, attachment.Content);
        Assert.Contains("Geselecteerd: 12 van 12 plaatsen", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reserve: 3", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Niet geselecteerd: 7", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("selectie-kwetsbare-wijken-2018.csv", message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("/review/a1b2c3d4?token=x")]
    [InlineData("ftp://example.org/file")]
    public void Links_that_are_not_absolute_http_urls_are_refused(string url)
    {
        Assert.Throws<ArgumentException>(() => EmailTemplates.Acknowledgement(EmailTestData.Call(), EmailTestData.Application(), url));
    }

    [Fact]
    public void With_the_digest_the_intake_closed_mail_lists_what_this_beoordelaar_has_to_review_with_links()
    {
        var app = EmailTestData.Application();
        var form = app.Form;
        var pending = new PendingReview(app.Id, form.Organisation!, form.Municipality!, form.Neighbourhood!, ReviewUrl);
        var summary = new IntakeSummary(1, 0, 1, [new MunicipalityCount(form.Municipality!, 1)]);

        var digest = EmailTemplates.IntakeClosed(EmailTestData.Call(), Coordinator, summary, AdminUrl, [pending]);
        var plain = EmailTemplates.IntakeClosed(EmailTestData.Call(), Coordinator, summary, AdminUrl);

        Assert.Contains("U heeft 1 aanmelding te beoordelen:", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains(ReviewUrl, digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("eerdere e-mails", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewUrl, plain.TextBody, StringComparison.Ordinal);
        Assert.Contains("Gebruik de beoordelingslinks uit de eerdere e-mails.", plain.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replacement_tells_the_reserve_it_is_selected_after_all_and_the_dropped_one_its_place_went_on_without_naming_anyone_or_any_score()
    {
        var app = EmailTestData.Application() with { Outcome = ApplicationStatus.Selected, Rank = 13, Score = 4, OutcomeReason = "Intern: plaats 13." };

        var promoted = EmailTemplates.SelectedFromReserve(EmailTestData.Call(), app, ReceiptUrl, 12);
        var dropped = EmailTemplates.DroppedOut(EmailTestData.Call(), app with { Outcome = null, Status = ApplicationStatus.Withdrawn }, ReceiptUrl);

        Assert.StartsWith("Uw aanmelding is alsnog geselecteerd", promoted.Subject, StringComparison.Ordinal);
        Assert.Contains("stond op de reservelijst", promoted.TextBody, StringComparison.Ordinal);
        Assert.Contains("als een van de 12 deelnemende wijken", promoted.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Uw deelname is beëindigd", dropped.Subject, StringComparison.Ordinal);
        Assert.Contains("eerstvolgende wijk op de reservelijst", dropped.TextBody, StringComparison.Ordinal);
        foreach (var body in new[] { promoted.TextBody, dropped.TextBody })
        {
            Assert.DoesNotContain("Intern", body, StringComparison.Ordinal);
            Assert.DoesNotContain("13", body, StringComparison.Ordinal);
            Assert.DoesNotContain("score", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_withdrawal_confirmation_says_what_withdrawing_means_and_how_to_apply_again()
    {
        var app = EmailTestData.Application() with { WithdrawnAt = new DateTimeOffset(2018, 7, 10, 12, 0, 0, TimeSpan.Zero) };

        var message = EmailTemplates.WithdrawalConfirmation(EmailTestData.Call(), app, ReceiptUrl, FormUrl);

        Assert.Equal(app.Form.Contact!.Email, message.To);
        Assert.Equal($"Aanmelding ingetrokken: Verduurzaming van kwetsbare wijken (kenmerk {app.Id})", message.Subject);
        Assert.Contains("op dinsdag 10 juli 2018, 14:00 ingetrokken", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Deze aanmelding doet niet mee aan de selectie.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("opnieuw aanmelden met het aanmeldformulier, tot en met vrijdag 13 juli 2018, 23:59", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(EmailTestData.Call().ContactEmail, message.ReplyTo);
    }

    [Fact]
    public void The_acknowledgement_is_a_full_copy_of_every_answer_in_both_parts()
    {
        var app = EmailTestData.Application();
        var form = app.Form with { Challenges = ["armoede", "anders"], ChallengesOther = "Leegstand", Partners = "Vivare & <Volkshuisvesting>" };
        app = app with { Form = form };

        var message = EmailTemplates.Acknowledgement(EmailTestData.Call(), app, ReceiptUrl);

        foreach (var answer in new[]
        {
            form.Organisation!, form.Municipality!, form.Neighbourhood!, "Gemeente", "Armoede en Anders: Leegstand",
            form.Contact!.Name!, form.Contact.Email!, form.Contact.Phone!,
        })
        {
            Assert.Contains(answer, message.TextBody, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(answer), message.HtmlBody, StringComparison.Ordinal);
        }

        Assert.Contains(form.Motivation!.Trim(), message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Vivare & <Volkshuisvesting>", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Vivare &amp; &lt;Volkshuisvesting&gt;", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_links_again_list_every_application_of_the_address_with_its_own_link()
    {
        var first = EmailTestData.Application();
        var second = first with { Id = "B2C3D4E5F6G7", Form = first.Form with { Neighbourhood = "Malburgen" } };
        const string SecondUrl = "https://aanmelding.example.org/applications/B2C3D4E5F6G7?token=x&y=1";

        var message = EmailTemplates.ReceiptLinks(EmailTestData.Call(), "aanmelder@example.org", [(first, ReceiptUrl), (second, SecondUrl)]);

        Assert.Equal("aanmelder@example.org", message.To);
        Assert.Equal("Uw links voor Verduurzaming van kwetsbare wijken", message.Subject);
        Assert.Equal(EmailKinds.ReceiptLinks, message.Kind);
        foreach (var (app, url) in new[] { (first, ReceiptUrl), (second, SecondUrl) })
        {
            Assert.Contains(app.Id, message.TextBody, StringComparison.Ordinal);
            Assert.Contains(app.Form.Neighbourhood!, message.TextBody, StringComparison.Ordinal);
            Assert.Contains(url, message.TextBody, StringComparison.Ordinal);
            Assert.Contains($"href=\"{WebUtility.HtmlEncode(url)}\"", message.HtmlBody, StringComparison.Ordinal);
        }
    }
}
