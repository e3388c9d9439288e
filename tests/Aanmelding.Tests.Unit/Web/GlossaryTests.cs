using System.Text.RegularExpressions;

namespace Aanmelding.Tests.Unit.Web;

/// <summary>
/// One term per thing in everything a person reads (issue 16.7): every string literal of Core and Contracts (the
/// pages, the e-mails, the messages) is read from the source, so a page, an e-mail or a message added later cannot
/// bring back a word the woordenlijst replaced or a phrase a Dutch reader stumbled on.
/// </summary>
public sealed partial class GlossaryTests
{
    /// <summary>What is avoided, and what is written instead.</summary>
    public static TheoryData<string, string> Avoided() => new()
    {
        { "aanvrager", "aanmelder" },
        { "Aanvrager", "Aanmelder" },
        { "coördinator", "beoordelaar" },
        { "Coördinator", "Beoordelaar" },
        { "Type aanvrager", "Soort organisatie" },
        { "\"Partners", "Samenwerkingspartners" },
        { " uur", "17:00 (Nederlandse tijd), without \"uur\"" },
        { "wachten nog 1 ", "wacht nog 1 (EmailLabels.StillWaiting)" },
        { "methode kan hier niet", "Deze HTTP-methode is hier niet toegestaan." },
        { "aanmelding is gesloten", "de aanmeldtermijn is gesloten" },
        { "Aanmelding is gesloten", "De aanmeldtermijn is gesloten" },
    };

    [Theory]
    [MemberData(nameof(Avoided))]
    public void No_text_a_person_reads_uses_an_avoided_term(string avoided, string instead)
    {
        var found = (
            from file in SourceFiles()
            from line in File.ReadLines(file).Select((text, index) => (Text: text, Number: index + 1))
            where !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal)
            from Match literal in Literal().Matches(line.Text)
            where literal.Value.Contains(avoided, StringComparison.Ordinal)
            select $"{Path.GetRelativePath(Launcher.Repository.Root, file)}:{line.Number}: {literal.Value}").ToList();

        Assert.True(found.Count == 0, $"'{avoided}' (write: {instead}) in:{Environment.NewLine}{string.Join(Environment.NewLine, found)}");
    }

    [Fact]
    public void The_check_reads_the_sources_that_hold_the_pages_and_emails()
    {
        var files = SourceFiles().Select(Path.GetFileName).ToList();

        Assert.Contains("EmailTemplates.cs", files);
        Assert.Contains("FormPage.cs", files);
        Assert.Contains("Problems.cs", files);
    }

    static IEnumerable<string> SourceFiles() =>
        new[] { "Core", "Contracts" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(Launcher.Repository.Root, "src", project), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    // A C# string literal on one line, with its opening quote (so "\"Partners" finds a literal that starts with it).
    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Literal();
}
