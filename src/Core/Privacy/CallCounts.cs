namespace Aanmelding.Core.Privacy;

/// <summary>
/// The anonymous counts of a call's applications for the programme's reports: in all, how many are erased already,
/// per status (wire names) and per gemeente (CBS code; "" where none was stored). Nothing that names anyone.
/// </summary>
public sealed record CallCounts(
    string CallId, int Total, int Erased, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyDictionary<string, int> ByMunicipality);
