using System.Globalization;
using System.Text.RegularExpressions;

namespace Aanmelding.Contracts.Municipalities;

/// <summary>
/// The official list of Dutch municipalities of one year, as CBS publishes it for 1 January (municipalities merge, so
/// a call picks its year), shipped with the product as data (Data/municipalities-YYYY.csv, with its source and
/// reference date; see README.md next to this file). Looks a municipality up by CBS code, official name or a common
/// alias, compared in a folded form so that every way of writing one municipality gives the same code.
/// </summary>
public sealed partial class MunicipalityRegister
{
    const string ResourcePrefix = "Aanmelding.Contracts.Municipalities.";
    const int MostSuggestions = 3;

    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    static readonly Lazy<Dictionary<int, Lazy<MunicipalityRegister>>> Registers = new(Discover);

    readonly Dictionary<string, Municipality> byCode;
    readonly MunicipalityNameIndex names;

    MunicipalityRegister(int year, string resourceName)
    {
        var file = RegisterFile.Read(resourceName, "code;name");
        Year = year;
        ReferenceDate = DateOnly.ParseExact(Required(file, "reference-date", resourceName), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Source = Required(file, "source", resourceName);
        if (Required(file, "year", resourceName) != year.ToString(CultureInfo.InvariantCulture) || ReferenceDate.Year != year)
        {
            throw new InvalidDataException($"{resourceName}: the year in the file is not {year}.");
        }

        var order = Comparer<Municipality>.Create(CompareForDisplay);
        byCode = new Dictionary<string, Municipality>(StringComparer.Ordinal);
        foreach (var (code, name) in file.Rows)
        {
            if (!CodeFormat().IsMatch(code) || !byCode.TryAdd(code, new Municipality(code, name)))
            {
                throw new InvalidDataException($"{resourceName}: '{code}' is not a new CBS code (GM and four digits).");
            }
        }

        if (Required(file, "count", resourceName) != byCode.Count.ToString(CultureInfo.InvariantCulture))
        {
            throw new InvalidDataException($"{resourceName}: the file says count {file.Metadata["count"]} but lists {byCode.Count}.");
        }

        Municipalities = byCode.Values.Order(order).ToList();

        var aliases = RegisterFile.Read(ResourcePrefix + "aliases.csv", "code;alias").Rows
            .Where(alias => byCode.ContainsKey(alias.First))
            .Select(alias => (byCode[alias.First], alias.Second));
        names = new MunicipalityNameIndex(Municipalities.Select(m => (m, m.Name)).Concat(aliases), order);
    }

    /// <summary>The years for which a list is shipped, in ascending order.</summary>
    public static IReadOnlyList<int> Years => Registers.Value.Keys.Order().ToList();

    /// <summary>The municipalities of the year, alphabetically as people look them up (Dutch, ignoring case and punctuation).</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    public int Year { get; }

    /// <summary>The day the list describes: 1 January of <see cref="Year"/>.</summary>
    public DateOnly ReferenceDate { get; }

    /// <summary>Where the list comes from, in Dutch, to show beside it ("CBS, gemeentelijke indeling op 1 januari 2018").</summary>
    public string Source { get; }

    /// <summary>The list of municipalities on 1 January of <paramref name="year"/>; throws when none is shipped for it.</summary>
    public static MunicipalityRegister ForYear(int year) =>
        Registers.Value.TryGetValue(year, out var register)
            ? register.Value
            : throw new ArgumentOutOfRangeException(nameof(year), year,
                $"No list of municipalities is shipped for {year}; there is one for {string.Join(", ", Years)}.");

    /// <summary>
    /// The municipality with CBS code <paramref name="code"/> (GM0363, gm0363, GM 0363 or 0363), or <c>null</c> when
    /// the text is not such a code or no municipality of this year has it.
    /// </summary>
    public Municipality? FindByCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return MunicipalityNameKey.TryGetCode(MunicipalityNameKey.For(code), out var normalized) && byCode.TryGetValue(normalized, out var found)
            ? found
            : null;
    }

    /// <summary>
    /// What municipality <paramref name="text"/> means: a CBS code, the official name or an alias, compared without
    /// regard to case, accents, spacing, hyphens, apostrophes, punctuation, Unicode compatibility forms, hidden
    /// characters and the word "gemeente" around it. Text with letters from another script is never found (see
    /// <see cref="MunicipalityMatchKind.OtherScript"/>); a name more than one municipality answers to is
    /// <see cref="MunicipalityMatchKind.Ambiguous"/>; a near miss gets suggestions. Deterministic.
    /// </summary>
    public MunicipalityMatch Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = MunicipalityNameKey.For(text);
        if (key.Length == 0)
        {
            return MunicipalityMatch.NotFound("Vul de gemeente in waar de wijk ligt: de naam of de CBS-code (bijvoorbeeld GM0363).");
        }

        if (MunicipalityNameKey.TryGetCode(key, out var code))
        {
            return byCode.TryGetValue(code, out var byItsCode)
                ? MunicipalityMatch.Found(byItsCode)
                : MunicipalityMatch.NotFound($"Er is geen gemeente met CBS-code {code} in de gemeentelijke indeling van {OnReferenceDate()}.");
        }

        if (LatinLookAlikes.HasOtherScript(key))
        {
            var latin = MunicipalityNameKey.For(LatinLookAlikes.ToLatin(text));
            var found = names.Find(latin);
            return MunicipalityMatch.OtherScript(found.Count > 0 ? found.Take(MostSuggestions).ToList() : names.Closest(latin, MostSuggestions));
        }

        var exact = names.Find(key);
        if (exact.Count == 1)
        {
            return MunicipalityMatch.Found(exact[0]);
        }

        if (exact.Count > 1)
        {
            return MunicipalityMatch.Ambiguous(exact);
        }

        var notFound = $"Deze gemeente staat niet in de gemeentelijke indeling van {OnReferenceDate()}.";
        var closest = names.Closest(key, MostSuggestions);
        return closest.Count > 0
            ? MunicipalityMatch.CloseMiss(closest, notFound)
            : MunicipalityMatch.NotFound($"{notFound} Kies een gemeente uit de lijst, of geef de CBS-code (bijvoorbeeld GM0363).");
    }

    string OnReferenceDate() => ReferenceDate.ToString("d MMMM yyyy", Dutch);

    static int CompareForDisplay(Municipality? x, Municipality? y)
    {
        var byName = Dutch.CompareInfo.Compare(x?.Name, y?.Name, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreSymbols);
        return byName != 0 ? byName : string.CompareOrdinal(x?.Code, y?.Code);
    }

    static string Required(RegisterFile file, string key, string resourceName) =>
        file.Metadata.TryGetValue(key, out var value) ? value : throw new InvalidDataException($"{resourceName}: '# {key}:' is missing.");

    static Dictionary<int, Lazy<MunicipalityRegister>> Discover()
    {
        var registers = new Dictionary<int, Lazy<MunicipalityRegister>>();
        foreach (var resourceName in typeof(MunicipalityRegister).Assembly.GetManifestResourceNames())
        {
            if (YearFile().Match(resourceName) is { Success: true } match)
            {
                var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                registers[year] = new Lazy<MunicipalityRegister>(() => new MunicipalityRegister(year, resourceName));
            }
        }

        return registers;
    }

    [GeneratedRegex(@"^GM\d{4}$")]
    private static partial Regex CodeFormat();

    [GeneratedRegex(@"^Aanmelding\.Contracts\.Municipalities\.municipalities-(\d{4})\.csv$")]
    private static partial Regex YearFile();
}
