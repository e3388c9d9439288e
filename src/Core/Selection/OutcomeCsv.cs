using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Selection;

/// <summary>The stored outcomes of a call as the CSV coordinators open in Excel.</summary>
public static class OutcomeCsv
{
    public static byte[] Write(IEnumerable<OutcomeEntity> rows) =>
        SelectionCsv.Write(rows.Select(r => new SelectionCsvRow(
            r.Rank, r.RowKey, SelectionCsv.OutcomeLabel(r.Outcome), r.Municipality ?? "", r.Neighbourhood ?? "", r.Organisation ?? "", r.ApplicantType ?? "", r.Score, r.Reason)));
}
