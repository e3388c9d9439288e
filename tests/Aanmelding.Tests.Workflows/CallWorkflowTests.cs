using Aanmelding.Core.Applications;
using Aanmelding.Core.Workflows;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Tests.Workflows;

/// <summary>
/// The real CallWorkflow on durable timers of a few seconds: intake closes at the deadline and not before, a deadline
/// moved later is honoured, one moved earlier as soon as the sweep wakes the workflow or someone finalises, and
/// finalising (early, at the review deadline, or twice) selects exactly once.
/// </summary>
public sealed class CallWorkflowTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    static readonly TimeSpan Far = TimeSpan.FromHours(2);

    [Fact]
    public async Task Intake_closes_at_the_deadline_and_not_before()
    {
        var callId = NewCallId();
        var deadline = DateTime.UtcNow.AddSeconds(3);
        host.SetSchedule(callId, _ => Schedule(deadline, deadline + Far, deadline + Far));
        await StartAsync(callId);

        var closed = Assert.Single(await host.WaitForCallAsync(nameof(CloseIntake), callId));

        Assert.True(closed.AtUtc >= deadline, $"intake closed at {closed.AtUtc:O}, before the deadline {deadline:O}");
        Assert.Equal(CallPhase.Closed, await host.WaitForStatusAsync(CallWorkflow.InstanceId(callId), CallPhase.Closed));
        Assert.Empty(host.CallsOf(nameof(SendReminderDigests), callId));
        Assert.Empty(host.CallsOf(nameof(FinalizeSelection), callId));
        await TerminateAsync(callId);
    }

    [Fact]
    public async Task A_deadline_moved_later_while_waiting_is_honoured()
    {
        var callId = NewCallId();
        var first = DateTime.UtcNow.AddSeconds(2);
        var moved = first.AddSeconds(4);

        // The first read sees the original deadline; from the re-read at that deadline on, configuration says later.
        host.SetSchedule(callId, read => read == 0 ? Schedule(first, first + Far, first + Far) : Schedule(moved, moved + Far, moved + Far));
        await StartAsync(callId);

        var closed = Assert.Single(await host.WaitForCallAsync(nameof(CloseIntake), callId));

        Assert.True(closed.AtUtc >= moved, $"intake closed at {closed.AtUtc:O}, before the moved deadline {moved:O}");
        var readsBeforeClose = host.CallsOf(nameof(GetCallSchedule), callId).Count(c => c.AtUtc <= closed.AtUtc);
        Assert.True(readsBeforeClose >= 3, $"the schedule was read {readsBeforeClose} times before closing; expected a re-read at each deadline");
        await TerminateAsync(callId);
    }

    [Fact]
    public async Task Finalising_early_selects_tells_every_application_sends_the_summary_and_ends_without_waiting_for_the_review_deadline()
    {
        var callId = NewCallId();
        var deadline = DateTime.UtcNow.AddSeconds(2);
        host.SetSchedule(callId, _ => Schedule(deadline, deadline + Far, deadline + Far + Far));
        var selected = await StartApplicationAsync(callId);
        var reserve = await StartApplicationAsync(callId);
        host.SetSelection(callId, new ApplicationOutcome(selected, ApplicationStatus.Selected), new ApplicationOutcome(reserve, ApplicationStatus.Reserve));
        await StartAsync(callId);
        await host.WaitForCallAsync(nameof(CloseIntake), callId);

        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.FinalizeRequested, true);

        var done = await FinalizedAsync(callId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var result = done.ReadOutputAs<CallWorkflowResult>()!;
        Assert.True(result.FinalizedEarly);
        Assert.Equal(2, result.Notified);
        Assert.Equal(CallPhase.Final, done.ReadCustomStatusAs<CallPhase>());
        Assert.Equal(
            [nameof(CloseIntake), nameof(FinalizeSelection), nameof(SendFinalSummary)],
            host.CallsFor(callId).Where(c => c.Activity != nameof(GetCallSchedule)).Select(c => c.Activity));

        Assert.Equal(ApplicationStatus.Selected, (await host.WaitForCompletionAsync(ApplicationWorkflow.InstanceId(selected))).ReadOutputAs<ApplicationStatus?>());
        Assert.Equal(ApplicationStatus.Reserve, (await host.WaitForCompletionAsync(ApplicationWorkflow.InstanceId(reserve))).ReadOutputAs<ApplicationStatus?>());
        // The call's workflow sent both outcome e-mails, in one page; the applications' workflows did not send them again.
        Assert.Single(host.CallsOf(nameof(SendOutcomes), selected));
        Assert.Single(host.CallsOf(nameof(SendOutcomes), reserve));
        Assert.Empty(host.CallsOf(nameof(SendOutcome), selected));
        Assert.Empty(host.CallsOf(nameof(SendOutcome), reserve));
    }

    [Fact]
    public async Task The_outcome_e_mails_go_out_in_pages_and_one_the_pages_could_not_send_is_sent_by_its_own_workflow()
    {
        var callId = NewCallId();
        var deadline = DateTime.UtcNow.AddSeconds(2);
        host.SetSchedule(callId, _ => Schedule(deadline, deadline + Far, deadline + Far + Far));
        var applications = new List<string>();
        for (var i = 0; i < CallWorkflow.OutcomePageSize + 2; i++)
        {
            applications.Add(await StartApplicationAsync(callId));
        }

        var unlucky = applications[^1];
        host.FailOutcomeMail(unlucky);
        host.SetSelection(callId, [.. applications.Select((id, i) => new ApplicationOutcome(id, i < 12 ? ApplicationStatus.Selected : ApplicationStatus.Reserve))]);
        await StartAsync(callId);
        await host.WaitForCallAsync(nameof(CloseIntake), callId);

        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.FinalizeRequested, true);

        var done = await FinalizedAsync(callId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(applications.Count, done.ReadOutputAs<CallWorkflowResult>()!.Notified);
        var pages = host.OutcomePages.Where(p => applications.Contains(p[0])).ToList();
        Assert.Equal([CallWorkflow.OutcomePageSize, 2], pages.Select(p => p.Count).Order().Reverse());
        foreach (var id in applications)
        {
            var outcome = (await host.WaitForCompletionAsync(ApplicationWorkflow.InstanceId(id))).ReadOutputAs<ApplicationStatus?>();
            Assert.Equal(applications.IndexOf(id) < 12 ? ApplicationStatus.Selected : ApplicationStatus.Reserve, outcome);
            Assert.Single(host.CallsOf(nameof(SendOutcomes), id));
            Assert.Equal(id == unlucky ? 1 : 0, host.CallsOf(nameof(SendOutcome), id).Count);
        }
    }

    [Fact]
    public async Task Finalising_twice_selects_once()
    {
        var callId = NewCallId();
        var deadline = DateTime.UtcNow.AddSeconds(2);
        host.SetSchedule(callId, _ => Schedule(deadline, deadline + Far, deadline + Far + Far));
        var application = await StartApplicationAsync(callId);
        host.SetSelection(callId, new ApplicationOutcome(application, ApplicationStatus.Selected));
        await StartAsync(callId);
        await host.WaitForCallAsync(nameof(CloseIntake), callId);

        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.FinalizeRequested, true);
        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.FinalizeRequested, true);

        var done = await FinalizedAsync(callId);
        Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{done.RuntimeStatus}: {done.FailureDetails}");
        Assert.Equal(1, done.ReadOutputAs<CallWorkflowResult>()!.Notified);

        // A third request after the workflow ended finds nothing to do.
        await RaiseIgnoringCompletedAsync(CallWorkflow.InstanceId(callId));
        var after = await host.Client.GetInstanceAsync(CallWorkflow.InstanceId(callId), getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, after!.RuntimeStatus);
        Assert.Equal(done.SerializedOutput, after.SerializedOutput);

        Assert.Single(host.CallsOf(nameof(FinalizeSelection), callId));
        Assert.Single(host.CallsOf(nameof(SendFinalSummary), callId));
        Assert.Equal(ApplicationStatus.Selected, (await host.WaitForCompletionAsync(ApplicationWorkflow.InstanceId(application))).ReadOutputAs<ApplicationStatus?>());
        Assert.Single(host.CallsOf(nameof(SendOutcomes), application));
    }

    [Fact]
    public async Task A_finalise_request_that_arrives_before_the_close_timer_fired_waits_for_the_close()
    {
        var callId = NewCallId();
        var deadline = DateTime.UtcNow.AddSeconds(3);
        host.SetSchedule(callId, _ => Schedule(deadline, deadline + Far, deadline + Far + Far));
        await StartAsync(callId);

        // The admin route refuses before the deadline by the clock; just after it, the request may beat the timer.
        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.FinalizeRequested, true);

        var done = await FinalizedAsync(callId);
        Assert.True(done.ReadOutputAs<CallWorkflowResult>()!.FinalizedEarly);
        var close = Assert.Single(host.CallsOf(nameof(CloseIntake), callId));
        var finalize = Assert.Single(host.CallsOf(nameof(FinalizeSelection), callId));
        Assert.True(close.AtUtc >= deadline, $"intake closed at {close.AtUtc:O}, before the deadline {deadline:O}");
        Assert.True(finalize.AtUtc >= close.AtUtc);
        Assert.Empty(host.CallsOf(nameof(SendReminderDigests), callId));
    }

    [Fact]
    public async Task Without_a_finalise_request_the_reminder_goes_before_the_review_deadline_and_the_selection_at_it()
    {
        var callId = NewCallId();
        var deadline = DateTime.UtcNow.AddSeconds(2);
        var reminder = deadline.AddSeconds(2);
        var review = reminder.AddSeconds(2);
        host.SetSchedule(callId, _ => Schedule(deadline, reminder, review));
        await StartAsync(callId);

        var done = await host.WaitForCompletionAsync(CallWorkflow.InstanceId(callId));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.False(done.ReadOutputAs<CallWorkflowResult>()!.FinalizedEarly);
        var steps = host.CallsFor(callId).Where(c => c.Activity != nameof(GetCallSchedule)).ToList();
        Assert.Equal([nameof(CloseIntake), nameof(SendReminderDigests), nameof(FinalizeSelection), nameof(SendFinalSummary)], steps.Select(c => c.Activity));
        Assert.True(steps[0].AtUtc >= deadline);
        Assert.True(steps[1].AtUtc >= reminder, $"reminder at {steps[1].AtUtc:O}, before {reminder:O}");
        Assert.True(steps[2].AtUtc >= review, $"selection at {steps[2].AtUtc:O}, before the review deadline {review:O}");
    }

    [Fact]
    public async Task A_reminder_moment_that_passed_before_the_close_sends_the_digest_right_after_closing()
    {
        var callId = NewCallId();
        var deadline = DateTime.UtcNow.AddSeconds(2);

        // A review period shorter than the reminder lead time: the reminder is due before intake even closes.
        host.SetSchedule(callId, _ => Schedule(deadline, deadline.AddDays(-1), deadline + Far));
        await StartAsync(callId);

        await host.WaitForCallAsync(nameof(SendReminderDigests), callId);
        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.FinalizeRequested, true);
        var done = await FinalizedAsync(callId);

        Assert.True(done.ReadOutputAs<CallWorkflowResult>()!.FinalizedEarly);
        Assert.Equal(
            [nameof(CloseIntake), nameof(SendReminderDigests), nameof(FinalizeSelection), nameof(SendFinalSummary)],
            host.CallsFor(callId).Where(c => c.Activity != nameof(GetCallSchedule)).Select(c => c.Activity));
    }

    [Fact]
    public async Task A_deadline_moved_earlier_while_asleep_closes_intake_when_the_sweep_wakes_the_workflow()
    {
        var callId = NewCallId();
        var far = DateTime.UtcNow + Far;
        var moved = DateTime.UtcNow.AddSeconds(-1);

        // Asleep on a timer two hours ahead; then configuration says the deadline has passed.
        host.SetSchedule(callId, read => read == 0 ? Schedule(far, far + Far, far + Far) : Schedule(moved, moved + Far, moved + Far));
        await StartAsync(callId);
        await host.WaitForStatusAsync(CallWorkflow.InstanceId(callId), CallPhase.Open);
        await host.WaitForCallAsync(nameof(GetCallSchedule), callId);

        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.ScheduleChanged, true);

        Assert.Single(await host.WaitForCallAsync(nameof(CloseIntake), callId));
        Assert.Equal(CallPhase.Closed, await host.WaitForStatusAsync(CallWorkflow.InstanceId(callId), CallPhase.Closed));
        Assert.Empty(host.CallsOf(nameof(FinalizeSelection), callId));
        await TerminateAsync(callId);
    }

    [Fact]
    public async Task A_wake_up_without_a_change_sends_the_workflow_back_to_sleep()
    {
        var callId = NewCallId();
        var far = DateTime.UtcNow + Far;
        host.SetSchedule(callId, _ => Schedule(far, far + Far, far + Far));
        await StartAsync(callId);
        await host.WaitForCallAsync(nameof(GetCallSchedule), callId);

        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.ScheduleChanged, true);

        // It reads its schedule again, finds the deadline still ahead and waits on.
        Assert.Equal(2, (await host.WaitForCallAsync(nameof(GetCallSchedule), callId, count: 2)).Count);
        var instance = await host.Client.GetInstanceAsync(CallWorkflow.InstanceId(callId), getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Running, instance!.RuntimeStatus);
        Assert.Equal(CallPhase.Open, instance.ReadCustomStatusAs<CallPhase>());
        Assert.Empty(host.CallsOf(nameof(CloseIntake), callId));
        await TerminateAsync(callId);
    }

    [Fact]
    public async Task Finalising_after_the_deadline_was_moved_earlier_closes_and_selects_at_once()
    {
        var callId = NewCallId();
        var far = DateTime.UtcNow + Far;
        var moved = DateTime.UtcNow.AddSeconds(-1);
        host.SetSchedule(callId, read => read == 0 ? Schedule(far, far + Far, far + Far + Far) : Schedule(moved, moved + Far, moved + Far + Far));
        var application = await StartApplicationAsync(callId);
        host.SetSelection(callId, new ApplicationOutcome(application, ApplicationStatus.Selected));
        await StartAsync(callId);
        await host.WaitForCallAsync(nameof(GetCallSchedule), callId);

        // The admin route accepts the request because configuration says closed; the workflow still sleeps on the old deadline.
        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.FinalizeRequested, true);

        var done = await FinalizedAsync(callId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.True(done.ReadOutputAs<CallWorkflowResult>()!.FinalizedEarly);
        Assert.Equal(
            [nameof(CloseIntake), nameof(FinalizeSelection), nameof(SendFinalSummary)],
            host.CallsFor(callId).Where(c => c.Activity != nameof(GetCallSchedule)).Select(c => c.Activity));
        Assert.Equal(ApplicationStatus.Selected, (await host.WaitForCompletionAsync(ApplicationWorkflow.InstanceId(application))).ReadOutputAs<ApplicationStatus?>());
    }

    [Fact]
    public async Task A_review_deadline_moved_earlier_selects_when_the_sweep_wakes_the_workflow()
    {
        var callId = NewCallId();
        var deadline = DateTime.UtcNow.AddSeconds(2);
        var far = deadline + Far;

        // Closed at the deadline and asleep until the reminder; then configuration says the review period has ended.
        host.SetSchedule(callId, read => read <= 2 ? Schedule(deadline, far, far + Far) : Schedule(deadline, deadline, deadline));
        await StartAsync(callId);
        await host.WaitForStatusAsync(CallWorkflow.InstanceId(callId), CallPhase.Closed);
        await host.WaitForCallAsync(nameof(GetCallSchedule), callId, count: 3);

        await host.Client.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.ScheduleChanged, true);

        var done = await host.WaitForCompletionAsync(CallWorkflow.InstanceId(callId));
        Assert.False(done.ReadOutputAs<CallWorkflowResult>()!.FinalizedEarly);
        Assert.Equal(
            [nameof(CloseIntake), nameof(SendReminderDigests), nameof(FinalizeSelection), nameof(SendFinalSummary)],
            host.CallsFor(callId).Where(c => c.Activity != nameof(GetCallSchedule)).Select(c => c.Activity));
    }

    static string NewCallId() => "wf-" + Guid.NewGuid().ToString("N")[..10];

    static CallSchedule Schedule(DateTime deadline, DateTime reminder, DateTime review) => new(deadline, reminder, review, Exists: true);

    Task StartAsync(string callId) =>
        host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(CallWorkflow), new CallWorkflowInput(callId), new StartOrchestrationOptions(CallWorkflow.InstanceId(callId)));

    async Task<string> StartApplicationAsync(string callId)
    {
        var id = ApplicationReference.New();
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ApplicationWorkflow), new ApplicationWorkflowInput(id), new StartOrchestrationOptions(ApplicationWorkflow.InstanceId(id)));
        await host.WaitForCallAsync(nameof(RequestReviews), id);
        return id;
    }

    async Task TerminateAsync(string callId)
    {
        await host.Client.TerminateInstanceAsync(CallWorkflow.InstanceId(callId));
        await host.WaitForCompletionAsync(CallWorkflow.InstanceId(callId));
    }

    /// <summary>
    /// Waits until the call's workflow has completed after one finalise request: a request that arrives while the
    /// workflow reads its schedule must end the wait too (it once slept on until its timer).
    /// </summary>
    Task<OrchestrationMetadata> FinalizedAsync(string callId) => host.WaitForCompletionAsync(CallWorkflow.InstanceId(callId));

    async Task RaiseIgnoringCompletedAsync(string instance)
    {
        try
        {
            await host.Client.RaiseEventAsync(instance, WorkflowEvents.FinalizeRequested, true);
        }
        catch (Grpc.Core.RpcException)
        {
            // Some backends refuse events for a completed instance; either way nothing may change.
        }
    }
}
