using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Selection;

/// <summary>
/// Finalising before the review deadline (DESIGN §6): refused while intake is open; once the selection is final a
/// request changes nothing; otherwise the call's workflow is asked to select now (and started if it was not there).
/// </summary>
public sealed class FinalizeService(CallCatalog calls, CallStateStore states, TimeProvider time)
{
    public async Task<FinalizeResult> RequestAsync(string callId, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var call = calls.Find(callId);
        if (call is null)
        {
            return new FinalizeResult(FinalizeOutcome.UnknownCall);
        }

        if (call.IsOpenAt(time.GetUtcNow()))
        {
            return new FinalizeResult(FinalizeOutcome.CallOpen, call);
        }

        var state = await states.GetAsync(callId, cancellationToken);
        if (state.Phase == Applications.CallPhase.Final)
        {
            return new FinalizeResult(FinalizeOutcome.AlreadyFinal, call, state);
        }

        await CallWorkflowStarter.EnsureStartedAsync(durable, callId, cancellationToken);
        await durable.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.FinalizeRequested, true, cancellationToken);
        return new FinalizeResult(FinalizeOutcome.Requested, call);
    }
}
