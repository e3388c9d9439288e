using System.Text;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Export;
using Aanmelding.Tests.Unit.Applications;

namespace Aanmelding.Tests.Unit.Export;

public class SelectionCsvTests
{
    const string HeaderLine = "Rang;Aanmelding;Uitkomst;Gemeente;Wijk;Organisatie;Soort organisatie;Score;Toelichting\r\n";

    static readonly SelectionCsvRow Plain = new(
        1, "W01", "Geselecteerd", "Utrecht", "Kanaleneiland", "Gemeente Utrecht", "gemeente", 5,
        "Geselecteerd: plaats 1 van 12 (score 5).");

    static string TextOf(byte[] bytes) => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);

    static string Write(params SelectionCsvRow[] rows) => TextOf(SelectionCsv.Write(rows));

    static SelectionCsvRow WithNeighbourhood(string neighbourhood) => Plain with { Neighbourhood = neighbourhood };

    [Fact]
    public void Starts_with_a_utf8_byte_order_mark()
    {
        var bytes = SelectionCsv.Write([Plain]);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.NotEqual(0xEF, bytes[3]);
    }

    [Fact]
    public void Writes_only_the_dutch_header_for_no_rows()
    {
        Assert.Equal(HeaderLine, Write());
    }

    [Fact]
    public void Separates_with_semicolons_and_ends_every_record_with_crlf()
    {
        Assert.Equal(
            HeaderLine
            + "1;W01;Geselecteerd;Utrecht;Kanaleneiland;Gemeente Utrecht;gemeente;5;Geselecteerd: plaats 1 van 12 (score 5).\r\n"
            + ";W02;Ingetrokken;Zwolle;Holtenbroek;Woonstichting;woningcorporatie;;Ingetrokken door de aanmelder.\r\n",
            Write(
                Plain,
                new SelectionCsvRow(null, "W02", "Ingetrokken", "Zwolle", "Holtenbroek", "Woonstichting", "woningcorporatie", null,
                    "Ingetrokken door de aanmelder.")));
    }

    [Fact]
    public void Writes_non_ascii_as_utf8()
    {
        var bytes = SelectionCsv.Write([Plain with { Municipality = "Súdwest-Fryslân", Reason = "één wijk" }]);

        Assert.Contains("Súdwest-Fryslân;", TextOf(bytes), StringComparison.Ordinal);
        Assert.Contains("één wijk", TextOf(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oost; West", "\"Oost; West\"")]
    [InlineData("De \"Kern\"", "\"De \"\"Kern\"\"\"")]
    [InlineData("regel 1\nregel 2", "\"regel 1\nregel 2\"")]
    [InlineData("regel 1\r\nregel 2", "\"regel 1\r\nregel 2\"")]
    [InlineData("Oost, West", "\"Oost, West\"")]
    [InlineData("  spaties  ", "\"  spaties  \"")]
    [InlineData("Oost-West", "Oost-West")]
    [InlineData("", "")]
    public void Quotes_the_fields_a_reader_would_split_or_trim_and_no_others(string value, string written)
    {
        Assert.Equal(HeaderLine + $"1;W01;Geselecteerd;Utrecht;{written};Gemeente Utrecht;gemeente;5;Geselecteerd: plaats 1 van 12 (score 5).\r\n",
            Write(WithNeighbourhood(value)));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+31 6 1234", "\"'+31 6 1234\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tTab", "\"'\tTab\"")]
    [InlineData("\rCR", "\"'\rCR\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("'s-Hertogenbosch", "'s-Hertogenbosch")]
    public void Neutralises_cells_that_excel_would_read_as_a_formula(string value, string written)
    {
        Assert.Equal(HeaderLine + $"1;W01;Geselecteerd;Utrecht;{written};Gemeente Utrecht;gemeente;5;Geselecteerd: plaats 1 van 12 (score 5).\r\n",
            Write(WithNeighbourhood(value)));
    }

    [Fact]
    public void Neutralises_every_text_column()
    {
        var text = Write(new SelectionCsvRow(1, "=a", "=b", "=c", "=d", "=e", "=f", 2, "=g"));

        Assert.EndsWith("1;\"'=a\";\"'=b\";\"'=c\";\"'=d\";\"'=e\";\"'=f\";2;\"'=g\"\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",=1+1,", ",'=1+1,")]
    [InlineData("Oost;=HYPERLINK(\"http://x\")", "Oost;'=HYPERLINK(\"http://x\")")]
    [InlineData("a, -2+3", "a, '-2+3")]
    [InlineData("a,\t@SUM(A1)", "a,\t'@SUM(A1)")]
    [InlineData("Oost,  +31 6", "Oost,  '+31 6")]
    public void A_formula_after_a_comma_or_semicolon_is_neutralised_for_whatever_separator_a_spreadsheet_uses(string value, string readBack)
    {
        var text = Write(Plain with { Organisation = value, Neighbourhood = value });

        // A spreadsheet splitting on any of these takes a quote that does not open a cell as text: no cell may start a formula.
        foreach (var separator in new[] { ',', ';', '\t' })
        {
            foreach (var cell in text.Split("\r\n").SelectMany(line => line.Split(separator)))
            {
                var start = cell.TrimStart(' ').TrimStart('"');
                Assert.False(start.Length > 0 && start[0] is '=' or '+' or '-' or '@', $"'{cell}' starts a formula when split on '{separator}'");
            }
        }

        // Read with the separator it was written with, the value is all there, each formula character behind a '.
        var records = CsvTestReader.Parse(text, ';');
        Assert.Equal(readBack, records[1][4]);
        Assert.Equal(readBack, records[1][5]);
    }

    [Fact]
    public void A_value_with_separator_quotes_and_newlines_reads_back_unchanged()
    {
        const string nasty = "Wijk; \"De Kern\"\r\nregel 2\nregel 3;\"";
        var rows = new[]
        {
            Plain with { Neighbourhood = nasty, Organisation = "Stichting \"Thuis\"; Zuid", Reason = "a\r\nb" },
            new SelectionCsvRow(null, "W02", "Niet geselecteerd", "’s-Hertogenbosch", "x", "y", "woningcorporatie", null, ";"),
        };

        var records = CsvTestReader.Parse(Write(rows), ';');

        Assert.Equal(3, records.Count);
        Assert.Equal(SelectionCsv.Header, records[0]);
        Assert.Equal(["1", "W01", "Geselecteerd", "Utrecht", nasty, "Stichting \"Thuis\"; Zuid", "gemeente", "5", "a\r\nb"], records[1]);
        Assert.Equal(["", "W02", "Niet geselecteerd", "’s-Hertogenbosch", "x", "y", "woningcorporatie", "", ";"], records[2]);
    }

    [Fact]
    public void Null_text_is_written_as_an_empty_field()
    {
        var text = Write(new SelectionCsvRow(3, "W03", "Reserve", null!, null!, null!, null!, null, null!));

        Assert.EndsWith("\r\n3;W03;Reserve;;;;;;\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApplicationStatus.Selected, "Geselecteerd")]
    [InlineData(ApplicationStatus.Reserve, "Reserve")]
    [InlineData(ApplicationStatus.NotSelected, "Niet geselecteerd")]
    [InlineData(ApplicationStatus.Withdrawn, "Ingetrokken")]
    public void Outcome_labels_are_dutch(ApplicationStatus outcome, string label)
    {
        Assert.Equal(label, ApplicationStatusLabels.For(outcome));
    }

    [Fact]
    public void Writes_the_outcome_of_a_real_selection()
    {
        var t0 = new DateTimeOffset(2018, 7, 2, 10, 0, 0, TimeSpan.FromHours(2));
        var outcomes = SelectionRule.Select(
            [
                Candidates.Of("A", "Utrecht", ApplicationStatus.Approved, 4, t0),
                Candidates.Of("B", "utrecht", ApplicationStatus.Approved, 5, t0.AddHours(1)),
            ],
            capacity: 12,
            onePerMunicipality: true);

        var records = CsvTestReader.Parse(
            Write(outcomes.Select(o => new SelectionCsvRow(
                o.Rank, o.ApplicationId, ApplicationStatusLabels.For(o.Outcome), "Utrecht", "Overvecht", "Gemeente Utrecht", "gemeente", null, o.Reason)).ToArray()),
            ';');

        Assert.Equal(["1", "B", "Geselecteerd"], records[1].Take(3));
        Assert.Equal(["2", "A", "Niet geselecteerd"], records[2].Take(3));
        Assert.Equal("Niet geselecteerd: uit gemeente Utrecht is al een andere aanmelding geselecteerd (één wijk per gemeente).", records[2][8]);
    }
}
