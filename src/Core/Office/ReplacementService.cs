using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Office;

/// <summary>
/// After the selection: a selected applicant that drops out is replaced by the first on the reserve list. The office
/// asks; <see cref="ReplacementWorkflow"/> (one instance per dropped application, so a double click starts it once)
/// swaps the two and tells both, so what the answer promised survives the instance that gave it.
/// </summary>
public sealed class ReplacementService(ApplicationStore applications, OfficeTokens tokens)
{
    public async Task<ReplacementPlan> PlanAsync(CallDefinition call, string droppedId, CancellationToken cancellationToken)
    {
        var all = await applications.ListByCallAsync(call.Id, cancellationToken);
        if (all.FirstOrDefault(a => a.Id == droppedId) is not { } dropped)
        {
            return new ReplacementPlan(ReplacementOutcome.NotFound);
        }

        if (dropped.DroppedOut is { } done)
        {
            return new ReplacementPlan(ReplacementOutcome.AlreadyReplaced, dropped, all.FirstOrDefault(a => a.Id == done.ReserveId));
        }

        if (!Replacement.CanDropOut(dropped))
        {
            return new ReplacementPlan(ReplacementOutcome.NotSelected, dropped);
        }

        return Replacement.FirstReserve(all) is { } reserve
            ? new ReplacementPlan(ReplacementOutcome.Started, dropped, reserve)
            : new ReplacementPlan(ReplacementOutcome.NoReserve, dropped);
    }

    /// <summary>Starts the replacement when the plan allows it; the plan says what the office should be told.</summary>
    public async Task<ReplacementPlan> RequestAsync(CallDefinition call, OfficeSession session, string droppedId, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(call, droppedId, cancellationToken);
        if (plan.Outcome == ReplacementOutcome.Started)
        {
            var request = new ReplacementRequest(call.Id, droppedId, tokens.CoordinatorReference(call.Id, session.Coordinator));
            await WorkflowStarter.StartOnceAsync(durable, nameof(ReplacementWorkflow), request, ReplacementWorkflow.InstanceId(droppedId), cancellationToken);
        }

        return plan;
    }
}
