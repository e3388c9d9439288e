using Aanmelding.Core.Workflows;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Functions;

/// <summary>
/// Orchestrators and activities under the names of <see cref="WorkflowCatalog"/>; each delegates to the Core class
/// that LocalHost registers directly.
/// </summary>
public sealed class WorkflowFunctions(IServiceProvider services)
{
    [Function(nameof(ApplicationWorkflow))]
    public static Task<Core.Applications.ApplicationStatus?> RunApplicationWorkflow([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ApplicationWorkflow().RunAsync(context, context.GetInput<ApplicationWorkflowInput>()!);

    [Function(nameof(SendAcknowledgement))]
    public Task<bool> RunSendAcknowledgement([ActivityTrigger] string applicationId, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendAcknowledgement>().InvokeAsync(applicationId, cancellationToken);

    [Function(nameof(RequestReviews))]
    public Task<int> RunRequestReviews([ActivityTrigger] string applicationId, CancellationToken cancellationToken) =>
        services.GetRequiredService<RequestReviews>().InvokeAsync(applicationId, cancellationToken);

    [Function(nameof(SendWithdrawalNotice))]
    public Task<int> RunSendWithdrawalNotice([ActivityTrigger] string applicationId, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendWithdrawalNotice>().InvokeAsync(applicationId, cancellationToken);

    [Function(nameof(SendChangeNotices))]
    public Task<int> RunSendChangeNotices([ActivityTrigger] ChangeNoticeRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendChangeNotices>().InvokeAsync(request, cancellationToken);

    [Function(nameof(SendOutcome))]
    public Task<bool> RunSendOutcome([ActivityTrigger] string applicationId, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendOutcome>().InvokeAsync(applicationId, cancellationToken);

    [Function(nameof(SendOutcomes))]
    public Task<List<string>> RunSendOutcomes([ActivityTrigger] List<string> applicationIds, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendOutcomes>().InvokeAsync(applicationIds, cancellationToken);

    [Function(nameof(CallWorkflow))]
    public static Task<CallWorkflowResult> RunCallWorkflow([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new CallWorkflow().RunAsync(context, context.GetInput<CallWorkflowInput>()!);

    [Function(nameof(GetCallSchedule))]
    public Task<CallSchedule> RunGetCallSchedule([ActivityTrigger] string callId, CancellationToken cancellationToken) =>
        services.GetRequiredService<GetCallSchedule>().InvokeAsync(callId, cancellationToken);

    [Function(nameof(CloseIntake))]
    public Task<int> RunCloseIntake([ActivityTrigger] string callId, CancellationToken cancellationToken) =>
        services.GetRequiredService<CloseIntake>().InvokeAsync(callId, cancellationToken);

    [Function(nameof(SendReminderDigests))]
    public Task<int> RunSendReminderDigests([ActivityTrigger] string callId, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendReminderDigests>().InvokeAsync(callId, cancellationToken);

    [Function(nameof(FinalizeSelection))]
    public Task<List<ApplicationOutcome>> RunFinalizeSelection([ActivityTrigger] string callId, CancellationToken cancellationToken) =>
        services.GetRequiredService<FinalizeSelection>().InvokeAsync(callId, cancellationToken);

    [Function(nameof(ReceiptLinkWorkflow))]
    public static Task<bool> RunReceiptLinkWorkflow([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ReceiptLinkWorkflow().RunAsync(context, context.GetInput<ReceiptLinkRequest>()!);

    [Function(nameof(SendReceiptLink))]
    public Task<bool> RunSendReceiptLink([ActivityTrigger] ReceiptLinkRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendReceiptLink>().InvokeAsync(request, cancellationToken);

    [Function(nameof(SendFinalSummary))]
    public Task<int> RunSendFinalSummary([ActivityTrigger] string callId, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendFinalSummary>().InvokeAsync(callId, cancellationToken);

    [Function(nameof(SignInLinkWorkflow))]
    public static Task<bool> RunSignInLinkWorkflow([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new SignInLinkWorkflow().RunAsync(context, context.GetInput<SignInLinkRequest>()!);

    [Function(nameof(SendSignInLink))]
    public Task<bool> RunSendSignInLink([ActivityTrigger] SignInLinkRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendSignInLink>().InvokeAsync(request, cancellationToken);

    [Function(nameof(ReplacementWorkflow))]
    public static Task<bool> RunReplacementWorkflow([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ReplacementWorkflow().RunAsync(context, context.GetInput<ReplacementRequest>()!);

    [Function(nameof(ReplaceSelected))]
    public Task<bool> RunReplaceSelected([ActivityTrigger] ReplacementRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<ReplaceSelected>().InvokeAsync(request, cancellationToken);

    [Function(nameof(SendReplacementNotices))]
    public Task<int> RunSendReplacementNotices([ActivityTrigger] ReplacementRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendReplacementNotices>().InvokeAsync(request, cancellationToken);

    [Function(nameof(RetentionWorkflow))]
    public static Task<RetentionWorkflowResult?> RunRetentionWorkflow([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new RetentionWorkflow().RunAsync(context, context.GetInput<RetentionWorkflowInput>()!);

    [Function(nameof(GetRetentionPlan))]
    public Task<RetentionPlan> RunGetRetentionPlan([ActivityTrigger] string callId, CancellationToken cancellationToken) =>
        services.GetRequiredService<GetRetentionPlan>().InvokeAsync(callId, cancellationToken);

    [Function(nameof(EraseRetained))]
    public Task<int> RunEraseRetained([ActivityTrigger] RetentionPage page, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        services.GetRequiredService<EraseRetained>().InvokeAsync(page, durable, cancellationToken);

    [Function(nameof(EraseCallData))]
    public Task<int> RunEraseCallData([ActivityTrigger] string callId, [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        services.GetRequiredService<EraseCallData>().InvokeAsync(callId, durable, cancellationToken);
}
