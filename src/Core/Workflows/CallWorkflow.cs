using Aanmelding.Core.Applications;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// One per call (DESIGN §6): a durable timer to the deadline, then intake closed and a summary to coordinators, a
/// reminder digest before the review deadline, and at the review deadline or on FinalizeRequested the selection,
/// the outcome to every application workflow and the final summary. Deterministic: time only from the context.
/// </summary>
public sealed class CallWorkflow : TaskOrchestrator<CallWorkflowInput, CallWorkflowResult>
{
    /// <summary>Configuration is read again at least this often, so a deadline moved either way is honoured.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromHours(6);

    public static string InstanceId(string callId) => "call-" + callId;

    public override async Task<CallWorkflowResult> RunAsync(TaskOrchestrationContext context, CallWorkflowInput input)
    {
        var callId = input.CallId;
        var finalize = context.WaitForExternalEvent<bool>(WorkflowEvents.FinalizeRequested);

        // 1. Until the deadline. Finalising is refused while intake is open, so only the clock ends this phase.
        context.SetCustomStatus(CallPhase.Open);
        while (true)
        {
            var schedule = await ReadScheduleAsync(context, callId);
            if (!schedule.Exists || context.CurrentUtcDateTime >= schedule.ClosesAtUtc)
            {
                break;
            }

            await context.CreateTimer(Earliest(schedule.ClosesAtUtc, context.CurrentUtcDateTime + RecheckInterval), CancellationToken.None);
        }

        await context.CallActivityAsync<int>(nameof(CloseIntake), callId, WorkflowRetry.Default);
        context.SetCustomStatus(CallPhase.Closed);

        // 2. The reminder digest, unless a coordinator finalises first.
        var finalizedEarly = await WaitUntilAsync(context, callId, s => s.ReminderUtc, finalize);
        if (!finalizedEarly)
        {
            await context.CallActivityAsync<int>(nameof(SendReminderDigests), callId, WorkflowRetry.Default);

            // 3. The review deadline, unless finalised first.
            finalizedEarly = await WaitUntilAsync(context, callId, s => s.ReviewDeadlineUtc, finalize);
        }

        // 4. The selection, each application workflow told, and the final summary.
        context.SetCustomStatus(CallPhase.Finalizing);
        var notify = await context.CallActivityAsync<List<ApplicationOutcome>>(nameof(FinalizeSelection), callId, WorkflowRetry.Default);
        foreach (var (applicationId, outcome) in notify)
        {
            context.SendEvent(ApplicationWorkflow.InstanceId(applicationId), WorkflowEvents.SelectionFinalized, new SelectionFinalizedEvent(outcome));
        }

        await context.CallActivityAsync<int>(nameof(SendFinalSummary), callId, WorkflowRetry.Default);
        context.SetCustomStatus(CallPhase.Final);
        return new CallWorkflowResult(callId, notify.Count, finalizedEarly);
    }

    /// <summary>Waits for the moment <paramref name="pick"/> names (re-read from configuration) or a finalise request; true when finalised.</summary>
    static async Task<bool> WaitUntilAsync(TaskOrchestrationContext context, string callId, Func<CallSchedule, DateTime> pick, Task<bool> finalize)
    {
        while (true)
        {
            if (finalize.IsCompleted)
            {
                return true;
            }

            var schedule = await ReadScheduleAsync(context, callId);
            var due = pick(schedule);
            if (!schedule.Exists || context.CurrentUtcDateTime >= due)
            {
                return false;
            }

            using var cancel = new CancellationTokenSource();
            var timer = context.CreateTimer(Earliest(due, context.CurrentUtcDateTime + RecheckInterval), cancel.Token);
            if (await Task.WhenAny(timer, finalize) == finalize)
            {
                // Cancel the timer we no longer need, so the instance does not linger on it. Synchronously: CancelAsync
                // runs the timer's callback on the thread pool, off the orchestration thread, and a replay then
                // finishes its episode before the selection is scheduled (a non-deterministic workflow).
                cancel.Cancel();
                return true;
            }
        }
    }

    static Task<CallSchedule> ReadScheduleAsync(TaskOrchestrationContext context, string callId) =>
        context.CallActivityAsync<CallSchedule>(nameof(GetCallSchedule), callId, WorkflowRetry.Default);

    static DateTime Earliest(DateTime a, DateTime b) => a < b ? a : b;
}
