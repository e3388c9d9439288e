namespace Aanmelding.Contracts.Municipalities;

/// <summary>
/// The answer of <see cref="MunicipalityRegister.Resolve"/>: the municipality when there is exactly one, otherwise
/// the candidates to offer and a Dutch message for the applicant (a 400 with "Bedoelt u …?").
/// </summary>
public sealed class MunicipalityMatch
{
    MunicipalityMatch(MunicipalityMatchKind kind, Municipality? municipality, IReadOnlyList<Municipality> candidates, string? message)
    {
        Kind = kind;
        Municipality = municipality;
        Candidates = candidates;
        Message = message;
    }

    public MunicipalityMatchKind Kind { get; }

    /// <summary>The municipality, only when <see cref="Kind"/> is <see cref="MunicipalityMatchKind.Found"/>.</summary>
    public Municipality? Municipality { get; }

    /// <summary>
    /// Ambiguous: every municipality with that name. CloseMiss and OtherScript: up to three suggestions, closest first,
    /// then by name. Otherwise empty.
    /// </summary>
    public IReadOnlyList<Municipality> Candidates { get; }

    /// <summary>What to tell the applicant, in Dutch; <c>null</c> when found.</summary>
    public string? Message { get; }

    internal static MunicipalityMatch Found(Municipality municipality) =>
        new(MunicipalityMatchKind.Found, municipality, [], null);

    internal static MunicipalityMatch NotFound(string message) =>
        new(MunicipalityMatchKind.NotFound, null, [], message);

    internal static MunicipalityMatch Ambiguous(IReadOnlyList<Municipality> candidates) =>
        new(MunicipalityMatchKind.Ambiguous, null, candidates,
            $"Er zijn meerdere gemeenten met deze naam: {List(candidates.Select(m => $"{m.Name} ({m.Code})"), "en")}. Kies de juiste gemeente.");

    internal static MunicipalityMatch CloseMiss(IReadOnlyList<Municipality> candidates, string notFound) =>
        new(MunicipalityMatchKind.CloseMiss, null, candidates, $"{notFound} Bedoelt u {List(candidates.Select(m => m.Name), "of")}?");

    internal static MunicipalityMatch OtherScript(IReadOnlyList<Municipality> candidates)
    {
        const string Start = "De naam van de gemeente bevat letters uit een ander schrift (bijvoorbeeld Cyrillisch of Grieks) die op gewone letters lijken.";
        return new(MunicipalityMatchKind.OtherScript, null, candidates, candidates.Count == 0
            ? $"{Start} Schrijf de naam in gewone (Latijnse) letters."
            : $"{Start} Bedoelt u {List(candidates.Select(m => m.Name), "of")}?");
    }

    static string List(IEnumerable<string> items, string lastJoin)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} {lastJoin} {list[^1]}";
    }
}
