using Aanmelding.Core.Applications;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// One per application (DESIGN §6): acknowledge, ask each coordinator for a review, then keep the current
/// decision until the application is withdrawn or the selection is final, and tell the applicant the outcome. Each
/// change by the applicant is confirmed to them and told to the coordinators who reviewed an earlier version.
/// Deterministic: no clock, no I/O, only activities and events. Its custom status and output are the application's
/// status; null output means it continued as new.
/// </summary>
public sealed class ApplicationWorkflow : TaskOrchestrator<ApplicationWorkflowInput, ApplicationStatus?>
{
    /// <summary>Bounds the history: after this many events the workflow continues as new with its state.</summary>
    public const int EventsPerGeneration = 100;
    const int SeenEventIdsKept = 200;

    /// <summary>The instance id, derived from the application id.</summary>
    public static string InstanceId(string applicationId) => "application-" + applicationId;

    public override async Task<ApplicationStatus?> RunAsync(TaskOrchestrationContext context, ApplicationWorkflowInput input)
    {
        var id = input.ApplicationId;
        var state = input.State ?? new ApplicationWorkflowState();

        if (!state.Acknowledged)
        {
            await context.CallActivityAsync<bool>(nameof(SendAcknowledgement), id, WorkflowRetry.Default);
            await context.CallActivityAsync<int>(nameof(RequestReviews), id, WorkflowRetry.Default);
            state = state with { Acknowledged = true };
        }

        context.SetCustomStatus(StatusOf(state));

        // One waiter per event name for the whole loop: a waiter abandoned in WhenAny would swallow the next event.
        var decision = context.WaitForExternalEvent<ReviewDecisionEvent>(WorkflowEvents.ReviewDecision);
        var withdrawn = context.WaitForExternalEvent<bool>(WorkflowEvents.Withdrawn);
        var changed = context.WaitForExternalEvent<ApplicationChangedEvent>(WorkflowEvents.Changed);
        var finalized = context.WaitForExternalEvent<SelectionFinalizedEvent>(WorkflowEvents.SelectionFinalized);

        for (var handled = 0; ; handled++)
        {
            if (handled == EventsPerGeneration)
            {
                context.ContinueAsNew(input with { State = state }, preserveUnprocessedEvents: true);
                return null;
            }

            var next = await Task.WhenAny(decision, withdrawn, finalized, changed);
            if (next == decision)
            {
                state = Apply(state, decision.Result);
                context.SetCustomStatus(StatusOf(state));
                decision = context.WaitForExternalEvent<ReviewDecisionEvent>(WorkflowEvents.ReviewDecision);
                continue;
            }

            if (next == changed)
            {
                if (changed.Result.Version > state.ToldVersion)
                {
                    await context.CallActivityAsync<int>(nameof(SendChangeNotices), new ChangeNoticeRequest(id, changed.Result.Version), WorkflowRetry.Default);
                    state = state with { ToldVersion = changed.Result.Version };
                }

                changed = context.WaitForExternalEvent<ApplicationChangedEvent>(WorkflowEvents.Changed);
                continue;
            }

            if (next == withdrawn)
            {
                await context.CallActivityAsync<int>(nameof(SendWithdrawalNotice), id, WorkflowRetry.Default);
                context.SetCustomStatus(ApplicationStatus.Withdrawn);
                return ApplicationStatus.Withdrawn;
            }

            // The call's workflow sends the outcome e-mails in pages; this one sends its own only where that failed.
            if (!finalized.Result.OutcomeSent)
            {
                await context.CallActivityAsync<bool>(nameof(SendOutcome), id, WorkflowRetry.Default);
            }

            context.SetCustomStatus(finalized.Result.Outcome);
            return finalized.Result.Outcome;
        }
    }

    /// <summary>The last decision counts; a decision delivered twice (same event id) counts once.</summary>
    public static ApplicationWorkflowState Apply(ApplicationWorkflowState state, ReviewDecisionEvent e)
    {
        if (state.SeenEventIds.Contains(e.EventId))
        {
            return state;
        }

        var seen = state.SeenEventIds.Append(e.EventId).TakeLast(SeenEventIdsKept).ToArray();
        return state with { Decision = e.Decision, SeenEventIds = seen };
    }

    static ApplicationStatus StatusOf(ApplicationWorkflowState state) =>
        state.Decision is { } decision ? Application.StatusAfter(decision) : ApplicationStatus.Submitted;
}
