using Aanmelding.Core.Applications;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// One per call (DESIGN §6): a durable timer to the deadline, then intake closed and a summary to coordinators, a
/// reminder digest before the review deadline, and at the review deadline or on FinalizeRequested the selection, the
/// outcome e-mails (in pages), the outcome to every application workflow and the final summary. Every wait re-reads
/// the call's moments from configuration when its timer fires, at least every <see cref="RecheckInterval"/>, and when
/// it is woken: by ScheduleChanged (the sweep saw a moment pass that the workflow had not reached) or by a finalise
/// request. So a deadline moved earlier is followed within the sweep's bound, and at once when someone finalises.
/// Deterministic: time only from the context; a timer no longer needed is cancelled.
/// </summary>
public sealed class CallWorkflow : TaskOrchestrator<CallWorkflowInput, CallWorkflowResult>
{
    /// <summary>Configuration is read again at least this often, so a deadline moved later is honoured.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromHours(6);

    /// <summary>Outcome e-mails per activity when the selection is final.</summary>
    public const int OutcomePageSize = 25;

    public static string InstanceId(string callId) => "call-" + callId;

    public override async Task<CallWorkflowResult> RunAsync(TaskOrchestrationContext context, CallWorkflowInput input)
    {
        var callId = input.CallId;
        var signals = new Signals(context);

        // 1. Until the deadline. Finalising is refused while configuration says open, so only the clock ends this
        // phase; a finalise request only tells that configuration says closed now.
        context.SetCustomStatus(CallPhase.Open);
        await WaitUntilAsync(context, callId, s => s.ClosesAtUtc, signals, finalizeEnds: false);

        await context.CallActivityAsync<int>(nameof(CloseIntake), callId, WorkflowRetry.Default);
        context.SetCustomStatus(CallPhase.Closed);

        // 2. The reminder digest, unless a coordinator finalises first.
        var finalizedEarly = await WaitUntilAsync(context, callId, s => s.ReminderUtc, signals, finalizeEnds: true);
        if (!finalizedEarly)
        {
            await context.CallActivityAsync<int>(nameof(SendReminderDigests), callId, WorkflowRetry.Default);

            // 3. The review deadline, unless finalised first.
            finalizedEarly = await WaitUntilAsync(context, callId, s => s.ReviewDeadlineUtc, signals, finalizeEnds: true);
        }

        // 4. The selection, each application workflow told, and the final summary.
        context.SetCustomStatus(CallPhase.Finalizing);
        var notify = await context.CallActivityAsync<List<ApplicationOutcome>>(nameof(FinalizeSelection), callId, WorkflowRetry.Default);
        var notSent = await SendOutcomesAsync(context, notify);
        foreach (var (applicationId, outcome) in notify)
        {
            context.SendEvent(
                ApplicationWorkflow.InstanceId(applicationId),
                WorkflowEvents.SelectionFinalized,
                new SelectionFinalizedEvent(outcome, OutcomeSent: !notSent.Contains(applicationId)));
        }

        await context.CallActivityAsync<int>(nameof(SendFinalSummary), callId, WorkflowRetry.Default);
        context.SetCustomStatus(CallPhase.Final);
        return new CallWorkflowResult(callId, notify.Count, finalizedEarly);
    }

    /// <summary>
    /// Every outcome e-mail, <see cref="OutcomePageSize"/> applications per activity and all pages at once: activities
    /// spread over instances, where each application workflow sending its own would cost two more turns of that
    /// workflow, one after the other on the task hub's one partition. Returns the applications whose mail is not out
    /// (a page that failed past its retries counts whole): their own workflows send those.
    /// </summary>
    static async Task<HashSet<string>> SendOutcomesAsync(TaskOrchestrationContext context, List<ApplicationOutcome> outcomes)
    {
        var pages = outcomes.Select(o => o.ApplicationId).Chunk(OutcomePageSize).Select(page => page.ToList()).ToList();
        var results = await Task.WhenAll(pages.Select(async page =>
        {
            try
            {
                return await context.CallActivityAsync<List<string>>(nameof(SendOutcomes), page, WorkflowRetry.Default);
            }
            catch (TaskFailedException)
            {
                return page;
            }
        }));
        return results.SelectMany(notSent => notSent).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Waits until the moment <paramref name="pick"/> names, as configuration says when the wait starts and whenever
    /// it is woken; true when a finalise request ended it (only where <paramref name="finalizeEnds"/>).
    /// </summary>
    static async Task<bool> WaitUntilAsync(
        TaskOrchestrationContext context, string callId, Func<CallSchedule, DateTime> pick, Signals signals, bool finalizeEnds)
    {
        while (true)
        {
            if (finalizeEnds && signals.Finalize.IsCompleted)
            {
                return true;
            }

            var schedule = await ReadScheduleAsync(context, callId);

            // A finalise request that arrived while the schedule was read ends the wait now: below, a completed request
            // is left out of WhenAny, so without this check the workflow would sleep on until its timer.
            if (finalizeEnds && signals.Finalize.IsCompleted)
            {
                return true;
            }

            var due = pick(schedule);
            if (!schedule.Exists || context.CurrentUtcDateTime >= due)
            {
                return false;
            }

            using var cancel = new CancellationTokenSource();
            var timer = context.CreateTimer(Earliest(due, context.CurrentUtcDateTime + RecheckInterval), cancel.Token);

            // A finalise request that already arrived wakes nothing any more (it would wake every round).
            var woken = signals.Finalize.IsCompleted
                ? await Task.WhenAny(timer, signals.ScheduleChanged)
                : await Task.WhenAny(timer, signals.ScheduleChanged, signals.Finalize);
            if (woken != timer)
            {
                // Cancel the timer we no longer need, so the instance does not linger on it. Synchronously: CancelAsync
                // runs the timer's callback on the thread pool, off the orchestration thread, and a replay then
                // finishes its episode before the next step is scheduled (a non-deterministic workflow).
                cancel.Cancel();
            }

            if (woken == signals.ScheduleChanged)
            {
                signals.ScheduleChangedSeen();
            }
        }
    }

    static Task<CallSchedule> ReadScheduleAsync(TaskOrchestrationContext context, string callId) =>
        context.CallActivityAsync<CallSchedule>(nameof(GetCallSchedule), callId, WorkflowRetry.Default);

    static DateTime Earliest(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>
    /// The events that wake a wait, one waiter per event name for the whole workflow (a waiter abandoned in WhenAny
    /// would swallow the next event): FinalizeRequested counts once; ScheduleChanged may come many times.
    /// </summary>
    sealed class Signals(TaskOrchestrationContext context)
    {
        public Task<bool> Finalize { get; } = context.WaitForExternalEvent<bool>(WorkflowEvents.FinalizeRequested);

        public Task<bool> ScheduleChanged { get; private set; } = context.WaitForExternalEvent<bool>(WorkflowEvents.ScheduleChanged);

        public void ScheduleChangedSeen() => ScheduleChanged = context.WaitForExternalEvent<bool>(WorkflowEvents.ScheduleChanged);
    }
}
