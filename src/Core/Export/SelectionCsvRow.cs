namespace Aanmelding.Core.Export;

/// <summary>
/// One line of the selection export. <paramref name="Outcome"/> is the Dutch label (Geselecteerd, Reserve,
/// Niet geselecteerd, Ingetrokken; see <see cref="Applications.ApplicationStatusLabels"/>); <paramref name="Rank"/> and
/// <paramref name="Score"/> are empty when null.
/// </summary>
public sealed record SelectionCsvRow(
    int? Rank,
    string ApplicationId,
    string Outcome,
    string Municipality,
    string Neighbourhood,
    string Organisation,
    string ApplicantType,
    int? Score,
    string Reason);
