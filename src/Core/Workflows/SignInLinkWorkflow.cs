using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>One per request for a sign-in link (see <see cref="Office.SignInService"/>): one activity, retried.</summary>
public sealed class SignInLinkWorkflow : TaskOrchestrator<SignInLinkRequest, bool>
{
    public static string InstanceId(string requestId) => "sign-in-link-" + requestId;

    public override Task<bool> RunAsync(TaskOrchestrationContext context, SignInLinkRequest input) =>
        context.CallActivityAsync<bool>(nameof(SendSignInLink), input, WorkflowRetry.Default);
}
