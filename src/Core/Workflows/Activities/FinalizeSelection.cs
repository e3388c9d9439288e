using System.Diagnostics;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Telemetry;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Freezes decisions (phase finalizing: new decisions are refused from here on), marks and reads every application
/// (<see cref="ApplicationStore.StartSelectionAsync"/>: a decision still on its way is either in what is read or
/// refused), computes the selection exactly as DESIGN §4 says, stores each outcome with rank and reason, and marks the
/// call final. Deterministic over frozen input, so a second run writes the same. Returns the outcome of every
/// application whose workflow must be told (withdrawn ones have none).
/// </summary>
public sealed class FinalizeSelection(
    CallCatalog calls, CallStateStore states, ApplicationStore applications, OutcomeStore outcomes, TimeProvider time)
    : CallActivity<List<ApplicationOutcome>>(calls)
{
    protected override List<ApplicationOutcome> WhenCallMissing => [];

    protected override async Task<List<ApplicationOutcome>> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var callId = call.Id;
        await states.AdvanceAsync(callId, s => s.BeginFinalizing(), cancellationToken);

        var all = (await applications.StartSelectionAsync(callId, cancellationToken)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var result = SelectionRule.Select(all.Values.Select(a => a.AsSelectionCandidate()), call.Capacity, call.OnePerMunicipality);
        await outcomes.SaveAsync(callId, result.Select((o, i) => SelectionEntry.For(i + 1, o, all[o.ApplicationId])).ToList(), cancellationToken);

        // Each application carries its outcome too, so the receipt and the outcome e-mail can show it.
        await Parallel.ForEachAsync(result, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (o, ct) =>
            await applications.UpdateAsync(o.ApplicationId, a => a.ApplyOutcome(o), ct));

        // Counts on this activity's span (see WorkflowActivity.InvokeAsync), so the trace shows what the selection came to.
        var span = Activity.Current is { } current && current.Source == AanmeldingTelemetry.Source ? current : null;
        foreach (var group in result.GroupBy(o => o.Outcome))
        {
            span?.SetTag($"aanmelding.selection.{WireName.Of(group.Key)}", group.Count());
        }

        await states.AdvanceAsync(callId, s => s.Finalize(time.GetUtcNow(), result), cancellationToken);
        return result.Where(o => o.Outcome != ApplicationStatus.Withdrawn).Select(o => new ApplicationOutcome(o.ApplicationId, o.Outcome)).ToList();
    }
}
