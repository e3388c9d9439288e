using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Office;
using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Gives the place of a selected application that dropped out to the first on the reserve list: both rows in one
/// transaction under their ETags (<see cref="ApplicationStore.UpdateTogetherAsync"/>), so two replacements at once
/// never take the same reserve; then the stored selection (outcome route, CSV) and its counts follow. True when the application is
/// replaced, by this run or an earlier one (a retry replaces nothing twice); false when it cannot be (not selected,
/// no reserve left, the call or coordinator gone).
/// </summary>
public sealed class ReplaceSelected(
    CallCatalog calls, OfficeTokens tokens, ApplicationStore applications, OutcomeStore outcomes, CallStateStore states, TimeProvider time)
    : WorkflowActivity<ReplacementRequest, bool>
{
    public override async Task<bool> ExecuteAsync(ReplacementRequest request, CancellationToken cancellationToken)
    {
        if (calls.Find(request.CallId) is not { } call || tokens.ResolveCoordinator(call, request.CoordinatorReference) is not { } coordinator)
        {
            return false;
        }

        await applications.UpdateTogetherAsync(call.Id, all => Replacement.Apply(all, request.DroppedId, coordinator, time.GetUtcNow()), cancellationToken);

        // Read back: whether replaced now or by an earlier run, the selection's stored copy is brought in line.
        if (await applications.FindAsync(request.DroppedId, cancellationToken) is not { DroppedOut: { } done } dropped
            || await applications.FindAsync(done.ReserveId, cancellationToken) is not { } reserveNow)
        {
            return false;
        }

        var stored = (await outcomes.ListAsync(call.Id, cancellationToken)).ToDictionary(e => e.ApplicationId, StringComparer.Ordinal);
        if (stored.TryGetValue(dropped.Id, out var droppedEntry) && stored.TryGetValue(reserveNow.Id, out var reserveEntry)
            && droppedEntry.Outcome != ApplicationStatus.Withdrawn)
        {
            // The reserve takes the dropped one's line in the list, the dropped one the reserve's; once only (a retry finds it done).
            await outcomes.SaveAsync(call.Id,
            [
                reserveEntry with { Order = droppedEntry.Order, Outcome = ApplicationStatus.Selected, Rank = reserveNow.Rank, Reason = reserveNow.OutcomeReason ?? "" },
                droppedEntry with { Order = reserveEntry.Order, Outcome = ApplicationStatus.Withdrawn, Rank = null, Reason = dropped.OutcomeReason ?? "" },
            ], cancellationToken);
        }

        // Absolute counts from what is stored, so a retry sets the same.
        var entries = await outcomes.ListAsync(call.Id, cancellationToken);
        await states.AdvanceAsync(call.Id, s => s.Recount(entries), cancellationToken);
        return true;
    }
}
