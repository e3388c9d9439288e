using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>One per request to send a receipt link again (see <see cref="Intake.ReceiptLinkService"/>): one activity, retried.</summary>
public sealed class ReceiptLinkWorkflow : TaskOrchestrator<ReceiptLinkRequest, bool>
{
    public static string InstanceId(string requestId) => "receipt-link-" + requestId;

    public override Task<bool> RunAsync(TaskOrchestrationContext context, ReceiptLinkRequest input) =>
        context.CallActivityAsync<bool>(nameof(SendReceiptLink), input, WorkflowRetry.Default);
}
