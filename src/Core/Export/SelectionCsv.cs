using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Export;

/// <summary>The selection as CSV (<see cref="CsvFile"/>), with a Dutch header row: the admin download and the coordinators' e-mail attachment.</summary>
public static class SelectionCsv
{
    public const char Separator = CsvFile.Separator;

    public static readonly IReadOnlyList<string> Header =
    [
        "Rang", "Aanmelding", "Uitkomst", "Gemeente", "Wijk", "Organisatie", "Soort organisatie", "Score", "Toelichting",
    ];

    /// <summary>A call's stored selection, in its order.</summary>
    public static byte[] Write(IEnumerable<SelectionEntry> entries) =>
        Write(entries.Select(e => new SelectionCsvRow(
            e.Rank, e.ApplicationId, ApplicationStatusLabels.For(e.Outcome), e.Municipality ?? "", e.Neighbourhood ?? "", e.Organisation ?? "", e.ApplicantType ?? "", e.Score, e.Reason)));

    public static byte[] Write(IEnumerable<SelectionCsvRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return CsvFile.Write(Header, rows.Select(row =>
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            return (IReadOnlyList<string?>)
            [
                CsvFile.Number(row.Rank),
                CsvFile.Text(row.ApplicationId),
                CsvFile.Text(row.Outcome),
                CsvFile.Text(row.Municipality),
                CsvFile.Text(row.Neighbourhood),
                CsvFile.Text(row.Organisation),
                CsvFile.Text(row.ApplicantType),
                CsvFile.Number(row.Score),
                CsvFile.Text(row.Reason),
            ];
        }));
    }
}
