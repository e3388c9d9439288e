using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// Every orchestrator and activity, by name. LocalHost registers exactly these; a test checks that Functions
/// exposes exactly these, so the two hosts cannot drift apart.
/// </summary>
public static class WorkflowCatalog
{
    public static IReadOnlyList<Type> Orchestrators { get; } =
    [
        typeof(ApplicationWorkflow),
        typeof(CallWorkflow),
        typeof(SignInLinkWorkflow),
        typeof(ReceiptLinkWorkflow),
        typeof(ReplacementWorkflow),
        typeof(RetentionWorkflow),
    ];

    public static IReadOnlyList<Type> Activities { get; } =
    [
        typeof(SendAcknowledgement),
        typeof(RequestReviews),
        typeof(SendWithdrawalNotice),
        typeof(SendChangeNotices),
        typeof(SendOutcome),
        typeof(SendOutcomes),
        typeof(GetCallSchedule),
        typeof(CloseIntake),
        typeof(SendReminderDigests),
        typeof(FinalizeSelection),
        typeof(SendFinalSummary),
        typeof(SendSignInLink),
        typeof(SendReceiptLink),
        typeof(ReplaceSelected),
        typeof(SendReplacementNotices),
        typeof(GetRetentionPlan),
        typeof(EraseRetained),
        typeof(EraseCallData),
    ];

    public static IEnumerable<string> OrchestratorNames => Orchestrators.Select(t => t.Name);

    public static IEnumerable<string> ActivityNames => Activities.Select(t => t.Name);

    public static void Register(DurableTaskRegistry registry)
    {
        foreach (var type in Orchestrators)
        {
            registry.AddOrchestrator(type.Name, type);
        }

        foreach (var type in Activities)
        {
            registry.AddActivity(type.Name, type);
        }
    }
}
