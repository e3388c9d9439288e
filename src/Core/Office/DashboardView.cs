namespace Aanmelding.Core.Office;

/// <summary>
/// One page of the overview: its rows, how many match the filter and how many there are in all, the municipalities
/// to filter on, and the page's place among the pages.
/// </summary>
public sealed record DashboardView(
    IReadOnlyList<DashboardRow> Rows, int Matching, int Total, int Undecided, int Disagree, IReadOnlyList<string> Municipalities, DashboardFilter Filter)
{
    public int PageCount => Math.Max(1, (Matching + DashboardFilter.PageSize - 1) / DashboardFilter.PageSize);
}
