using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// One per application that drops out after the selection (its id is the instance's, so a second request for the same
/// application starts nothing): the swap with the first on the reserve list, then both told. Each step is idempotent,
/// so a retried activity replaces once and mails once.
/// </summary>
public sealed class ReplacementWorkflow : TaskOrchestrator<ReplacementRequest, bool>
{
    public static string InstanceId(string droppedId) => "replacement-" + droppedId;

    public override async Task<bool> RunAsync(TaskOrchestrationContext context, ReplacementRequest input)
    {
        if (!await context.CallActivityAsync<bool>(nameof(ReplaceSelected), input, WorkflowRetry.Default))
        {
            return false;
        }

        await context.CallActivityAsync<int>(nameof(SendReplacementNotices), input, WorkflowRetry.Default);
        return true;
    }
}
