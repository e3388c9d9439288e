using Aanmelding.Contracts.Municipalities;

namespace Aanmelding.Tests.Unit.Municipalities;

public class MunicipalityRegisterTests
{
    static readonly MunicipalityRegister Register2018 = MunicipalityRegister.ForYear(2018);

    static Municipality Found(string text)
    {
        var match = Register2018.Resolve(text);
        Assert.True(match.Kind == MunicipalityMatchKind.Found, $"'{text}' gave {match.Kind}: {match.Message}");
        Assert.Null(match.Message);
        return match.Municipality!;
    }

    [Fact]
    public void The_2018_list_holds_the_380_municipalities_of_1_January_2018_with_its_source()
    {
        Assert.Equal(380, Register2018.Municipalities.Count);
        Assert.Equal(2018, Register2018.Year);
        Assert.Equal(new DateOnly(2018, 1, 1), Register2018.ReferenceDate);
        Assert.Equal("CBS, gemeentelijke indeling op 1 januari 2018", Register2018.Source);
        Assert.Equal(380, Register2018.Municipalities.Select(m => m.Code).Distinct().Count());
        Assert.Equal(380, Register2018.Municipalities.Select(m => m.Name).Distinct().Count());
        Assert.All(Register2018.Municipalities, m => Assert.Matches("^GM[0-9]{4}$", m.Code));
    }

    [Fact]
    public void A_call_picks_its_year_and_a_year_without_a_list_is_refused()
    {
        Assert.Contains(2018, MunicipalityRegister.Years);
        Assert.Same(Register2018, MunicipalityRegister.ForYear(2018));

        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => MunicipalityRegister.ForYear(1999));
        Assert.Contains("2018", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GM0014", "Groningen")]
    [InlineData("GM0363", "Amsterdam")]
    [InlineData("GM0518", "'s-Gravenhage")]
    [InlineData("GM0599", "Rotterdam")]
    [InlineData("GM0344", "Utrecht")]
    [InlineData("GM0796", "'s-Hertogenbosch")]
    [InlineData("GM0202", "Arnhem")]
    [InlineData("GM0772", "Eindhoven")]
    [InlineData("GM0935", "Maastricht")]
    [InlineData("GM1900", "Súdwest-Fryslân")]
    [InlineData("GM0893", "Bergen (L.)")]
    [InlineData("GM0373", "Bergen (NH.)")]
    [InlineData("GM0820", "Nuenen, Gerwen en Nederwetten")]
    [InlineData("GM0017", "Haren")]
    [InlineData("GM0009", "Ten Boer")]
    [InlineData("GM1949", "Waadhoeke")]
    [InlineData("GM1950", "Westerwolde")]
    [InlineData("GM1952", "Midden-Groningen")]
    [InlineData("GM0299", "Zevenaar")]
    [InlineData("GM0080", "Leeuwarden")]
    public void Known_codes_give_their_municipality(string code, string name)
    {
        Assert.Equal(new Municipality(code, name), Register2018.FindByCode(code));
        Assert.Equal(code, Found(name).Code);
        Assert.Equal(code, Found(code).Code);
    }

    [Theory]
    [InlineData("GM0007")] // Bellingwedde, into Westerwolde on 1 January 2018
    [InlineData("GM0018")] // Hoogezand-Sappemeer, into Midden-Groningen
    [InlineData("GM0081")] // Leeuwarderadeel, into Leeuwarden
    [InlineData("GM0140")] // Littenseradiel, divided
    [InlineData("GM0196")] // Rijnwaarden, into Zevenaar
    [InlineData("GM1966")] // Het Hogeland, formed 1 January 2019
    [InlineData("GM1969")] // Westerkwartier, formed 1 January 2019
    public void Municipalities_that_did_not_exist_on_1_January_2018_are_not_in_its_list(string code)
    {
        Assert.Null(Register2018.FindByCode(code));

        var match = Register2018.Resolve(code);
        Assert.Equal(MunicipalityMatchKind.NotFound, match.Kind);
        Assert.Equal($"Er is geen gemeente met CBS-code {code} in de gemeentelijke indeling van 1 januari 2018.", match.Message);
    }

    [Theory]
    [InlineData("Bellingwedde")]
    [InlineData("Hoogezand-Sappemeer")]
    [InlineData("Westerkwartier")]
    public void Names_of_merged_or_later_municipalities_are_not_found(string name)
    {
        Assert.NotEqual(MunicipalityMatchKind.Found, Register2018.Resolve(name).Kind);
    }

    [Theory]
    [InlineData("GM0363")]
    [InlineData("gm0363")]
    [InlineData(" GM0363 ")]
    [InlineData("GM 0363")]
    [InlineData("0363")]
    [InlineData("ＧＭ０３６３")]
    public void A_code_may_be_written_with_or_without_GM_and_in_any_case(string code)
    {
        Assert.Equal("Amsterdam", Register2018.FindByCode(code)?.Name);
    }

    [Theory]
    [InlineData("363")]
    [InlineData("GM03630")]
    [InlineData("Amsterdam")]
    [InlineData("")]
    [InlineData("GM٠٣٦٣")]
    public void Anything_else_is_not_a_code(string code)
    {
        Assert.Null(Register2018.FindByCode(code));
    }

    [Theory]
    [InlineData("Amsterdam")]
    [InlineData("amsterdam")]
    [InlineData("AMSTERDAM")]
    [InlineData("  Amsterdam ")]
    [InlineData("Amster\u200Bdam")]
    [InlineData("Amsterdam\u00AD")]
    [InlineData("\uFEFFAmsterdam")]
    [InlineData("\u202EAmsterdam\u202C")]
    [InlineData("Gemeente Amsterdam")]
    [InlineData("gemeente  amsterdam")]
    [InlineData("Amsterdam (gemeente)")]
    [InlineData("ＡＭＳＴＥＲＤＡＭ")]
    [InlineData("𝐀𝐦𝐬𝐭𝐞𝐫𝐝𝐚𝐦")]
    [InlineData("GM0363")]
    [InlineData("0363")]
    public void Every_way_of_writing_Amsterdam_gives_one_code(string text)
    {
        Assert.Equal("GM0363", Found(text).Code);
    }

    [Theory]
    [InlineData("Den Helder")]
    [InlineData("den helder")]
    [InlineData("Den  Helder")]
    [InlineData("den-helder")]
    [InlineData("Den\u00A0Helder")]
    [InlineData("Den – Helder")]
    [InlineData("DenHelder")]
    [InlineData("Den\tHelder")]
    public void Spacing_hyphens_and_case_do_not_make_another_municipality(string text)
    {
        Assert.Equal("GM0400", Found(text).Code);
    }

    [Theory]
    [InlineData("Súdwest-Fryslân")]
    [InlineData("Sudwest-Fryslan")]
    [InlineData("Súdwest Fryslân")]
    [InlineData("SÚDWEST-FRYSLÂN")]
    [InlineData("Su\u0301dwest-Frysla\u0302n")]
    [InlineData("Súdwest‑Fryslân")]
    [InlineData("Zuidwest-Friesland")]
    public void Accents_whether_composed_or_not_do_not_matter(string text)
    {
        Assert.Equal("GM1900", Found(text).Code);
    }

    [Theory]
    [InlineData("'s-Gravenhage", "GM0518")]
    [InlineData("’s-Gravenhage", "GM0518")]
    [InlineData("s-Gravenhage", "GM0518")]
    [InlineData("'s Gravenhage", "GM0518")]
    [InlineData("Den Haag", "GM0518")]
    [InlineData("den haag", "GM0518")]
    [InlineData("Gemeente Den Haag", "GM0518")]
    [InlineData("'s-Gravenhage (gemeente)", "GM0518")]
    [InlineData("'s-Hertogenbosch", "GM0796")]
    [InlineData("Den Bosch", "GM0796")]
    [InlineData("den-bosch", "GM0796")]
    [InlineData("Ĳsselstein", "GM0353")]
    [InlineData("IJsselstein", "GM0353")]
    [InlineData("Hengelo (O.)", "GM0164")]
    [InlineData("Laren (NH.)", "GM0417")]
    [InlineData("Rijswijk (ZH.)", "GM0603")]
    [InlineData("Tietjerksteradeel", "GM0737")]
    [InlineData("De Friese Meren", "GM1940")]
    [InlineData("Nuenen", "GM0820")]
    [InlineData("Nuenen Gerwen en Nederwetten", "GM0820")]
    public void Common_names_and_other_spellings_give_the_official_municipality(string text, string code)
    {
        Assert.Equal(code, Found(text).Code);
    }

    [Theory]
    [InlineData("Bergen (L.)", "GM0893")]
    [InlineData("Bergen L", "GM0893")]
    [InlineData("Bergen (Limburg)", "GM0893")]
    [InlineData("Bergen (NH.)", "GM0373")]
    [InlineData("Bergen NH", "GM0373")]
    [InlineData("Bergen (N.H.)", "GM0373")]
    [InlineData("Bergen Noord-Holland", "GM0373")]
    [InlineData("Bergen op Zoom", "GM0748")]
    public void The_two_Bergens_are_told_apart_by_their_province(string text, string code)
    {
        Assert.Equal(code, Found(text).Code);
    }

    [Theory]
    [InlineData("Bergen")]
    [InlineData("bergen")]
    [InlineData("Gemeente Bergen")]
    public void Plain_Bergen_is_ambiguous_and_picks_neither(string text)
    {
        var match = Register2018.Resolve(text);

        Assert.Equal(MunicipalityMatchKind.Ambiguous, match.Kind);
        Assert.Null(match.Municipality);
        Assert.Equal(["GM0893", "GM0373"], match.Candidates.Select(m => m.Code));
        Assert.Equal("Er zijn meerdere gemeenten met deze naam: Bergen (L.) (GM0893) en Bergen (NH.) (GM0373). Kies de juiste gemeente.", match.Message);
    }

    [Fact]
    public void Every_official_name_and_every_alias_gives_its_own_municipality()
    {
        foreach (var municipality in Register2018.Municipalities)
        {
            Assert.Equal(municipality, Found(municipality.Name));
            Assert.Equal(municipality, Found(municipality.Name.ToUpperInvariant()));
        }

        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "aliases.csv")).Where(l => !l.StartsWith('#')).Skip(1))
        {
            var (code, alias) = (line.Split(';')[0], line.Split(';')[1]);
            Assert.NotNull(Register2018.FindByCode(code));
            Assert.Equal(code, Found(alias).Code);
        }
    }

    [Theory]
    [InlineData("Amsterdm", "Amsterdam")]
    [InlineData("Amsetrdam", "Amsterdam")]
    [InlineData("Groningn", "Groningen")]
    [InlineData("Rotterdma", "Rotterdam")]
    [InlineData("Utrech", "Utrecht")]
    [InlineData("Den Haaq", "'s-Gravenhage")]
    [InlineData("Sudwest Fryslaan", "Súdwest-Fryslân")]
    [InlineData("Amsterdarn", "Amsterdam")]
    public void A_close_miss_is_not_accepted_but_gets_a_suggestion(string text, string suggestion)
    {
        var match = Register2018.Resolve(text);

        Assert.Equal(MunicipalityMatchKind.CloseMiss, match.Kind);
        Assert.Null(match.Municipality);
        Assert.Equal(suggestion, Assert.Single(match.Candidates).Name);
        Assert.Equal($"Deze gemeente staat niet in de gemeentelijke indeling van 1 januari 2018. Bedoelt u {suggestion}?", match.Message);
    }

    [Fact]
    public void A_close_miss_of_Bergen_suggests_both_and_the_answer_is_the_same_every_time()
    {
        var first = Register2018.Resolve("Bergn");
        var again = Register2018.Resolve("Bergn");

        Assert.Equal(MunicipalityMatchKind.CloseMiss, first.Kind);
        Assert.Equal(["Bergen (L.)", "Bergen (NH.)"], first.Candidates.Select(m => m.Name));
        Assert.EndsWith("Bedoelt u Bergen (L.) of Bergen (NH.)?", first.Message, StringComparison.Ordinal);
        Assert.Equal(first.Candidates, again.Candidates);
        Assert.Equal(first.Message, again.Message);
    }

    [Theory]
    [InlineData("Parijs")]
    [InlineData("Gotham City")]
    [InlineData("xyz")]
    [InlineData("Ed")]
    public void A_name_far_from_any_municipality_is_not_found_without_a_suggestion(string text)
    {
        var match = Register2018.Resolve(text);

        Assert.Equal(MunicipalityMatchKind.NotFound, match.Kind);
        Assert.Empty(match.Candidates);
        Assert.Equal(
            "Deze gemeente staat niet in de gemeentelijke indeling van 1 januari 2018. Kies een gemeente uit de lijst, of geef de CBS-code (bijvoorbeeld GM0363).",
            match.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B")]
    [InlineData("--")]
    public void Nothing_to_look_up_asks_for_the_municipality(string text)
    {
        var match = Register2018.Resolve(text);

        Assert.Equal(MunicipalityMatchKind.NotFound, match.Kind);
        Assert.Equal("Vul de gemeente in waar de wijk ligt: de naam of de CBS-code (bijvoorbeeld GM0363).", match.Message);
    }

    [Theory]
    [InlineData("\u0410msterdam", "Amsterdam")] // Cyrillic capital A
    [InlineData("Amst\u0435rdam", "Amsterdam")] // Cyrillic small e
    [InlineData("Gr\u043Eningen", "Groningen")] // Cyrillic small o
    [InlineData("\u0395de", "Ede")] // Greek capital Epsilon
    [InlineData("R\u03BFtterdam", "Rotterdam")] // Greek small omicron
    [InlineData("\u0410mst\u0435rdm", "Amsterdam")] // look-alikes and a typo
    public void Letters_from_another_script_are_refused_with_the_Latin_name_as_suggestion(string text, string suggestion)
    {
        var match = Register2018.Resolve(text);

        Assert.Equal(MunicipalityMatchKind.OtherScript, match.Kind);
        Assert.Null(match.Municipality);
        Assert.Equal(suggestion, Assert.Single(match.Candidates).Name);
        Assert.Equal(
            $"De naam van de gemeente bevat letters uit een ander schrift (bijvoorbeeld Cyrillisch of Grieks) die op gewone letters lijken. Bedoelt u {suggestion}?",
            match.Message);
    }

    [Fact]
    public void A_name_wholly_in_another_script_asks_for_Latin_letters()
    {
        var match = Register2018.Resolve("Амстердам");

        Assert.Equal(MunicipalityMatchKind.OtherScript, match.Kind);
        Assert.Empty(match.Candidates);
        Assert.EndsWith("Schrijf de naam in gewone (Latijnse) letters.", match.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_is_alphabetical_as_people_look_names_up()
    {
        var names = Register2018.Municipalities.Select(m => m.Name).ToList();

        Assert.Equal("Aa en Hunze", names[0]);
        Assert.Equal("Zwolle", names[^1]);
        Assert.True(names.IndexOf("Bergen (L.)") < names.IndexOf("Bergen (NH.)"));
        Assert.True(names.IndexOf("Bergen (NH.)") < names.IndexOf("Bergen op Zoom"));
    }

    [Fact]
    public void Null_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Register2018.Resolve(null!));
        Assert.Throws<ArgumentNullException>(() => Register2018.FindByCode(null!));
    }
}
