using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Office;

/// <summary>
/// The overview of a call for its coordinators: every application with each beoordelaar's latest review (kept on the
/// application), filtered and paged, and one application with its whole trail (the decisions' audit trail). One
/// query per overview (the call's applications), whatever the page.
/// </summary>
public sealed class DashboardService(ApplicationStore applications, DecisionStore decisions, CallStateStore states, ApplicationLookup lookup)
{
    public async Task<IReadOnlyList<DashboardRow>> ListAsync(CallDefinition call, CancellationToken cancellationToken) =>
        (await applications.ListByCallAsync(call.Id, cancellationToken))
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new DashboardRow(a, new ReviewStanding(a.Reviews)))
            .ToList();

    public async Task<DashboardView> ViewAsync(CallDefinition call, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var rows = await ListAsync(call, cancellationToken);
        var matching = rows.Where(r => filter.Matches(r.Application)).ToList();
        var pageCount = Math.Max(1, (matching.Count + DashboardFilter.PageSize - 1) / DashboardFilter.PageSize);
        var page = Math.Min(filter.Page, pageCount);
        return new DashboardView(
            matching.Skip((page - 1) * DashboardFilter.PageSize).Take(DashboardFilter.PageSize).ToList(),
            matching.Count,
            rows.Count,
            rows.Count(r => r.Undecided),
            rows.Count(r => r.Disagree),
            rows.Select(r => r.Application.Form.Municipality ?? "").Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList(),
            filter with { Page = page });
    }

    /// <summary>The selection as it would come out now, or as it came out once final.</summary>
    public async Task<SelectionPreview> PreviewAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var state = await states.GetAsync(call.Id, cancellationToken);
        var all = await applications.ListByCallAsync(call.Id, cancellationToken);
        return SelectionPreview.Of(all, call, state.Phase == CallPhase.Final);
    }

    /// <summary>One application of the call with its whole audit trail (oldest first), or null when the call has no such application.</summary>
    public async Task<(DashboardRow Row, IReadOnlyList<CoordinatorDecision> Trail)?> FindAsync(CallDefinition call, string id, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(id, cancellationToken) is not { } found || found.Application.CallId != call.Id)
        {
            return null;
        }

        var trail = await decisions.ListAsync(id, cancellationToken);
        return (new DashboardRow(found.Application, new ReviewStanding(found.Application.Reviews)), trail);
    }
}
