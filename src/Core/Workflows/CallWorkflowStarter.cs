using Aanmelding.Core.Calls;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// Makes sure every configured call has its CallWorkflow (at the first submission, at start and on a timer) and its
/// RetentionWorkflow (by the sweep, from the start: withdrawals fall due while the call is open).
/// </summary>
public static class CallWorkflowStarter
{
    public static Task<bool> EnsureStartedAsync(DurableTaskClient durable, string callId, CancellationToken cancellationToken) =>
        WorkflowStarter.StartOnceAsync(durable, nameof(CallWorkflow), new CallWorkflowInput(callId), CallWorkflow.InstanceId(callId), cancellationToken);

    public static Task<bool> EnsureRetentionStartedAsync(DurableTaskClient durable, string callId, CancellationToken cancellationToken) =>
        WorkflowStarter.StartOnceAsync(durable, nameof(RetentionWorkflow), new RetentionWorkflowInput(callId), RetentionWorkflow.InstanceId(callId), cancellationToken);

    public static async Task<int> EnsureAllAsync(DurableTaskClient durable, CallCatalog calls, CancellationToken cancellationToken)
    {
        var started = 0;
        foreach (var call in calls.All)
        {
            if (await EnsureStartedAsync(durable, call.Id, cancellationToken))
            {
                started++;
            }
        }

        return started;
    }
}
