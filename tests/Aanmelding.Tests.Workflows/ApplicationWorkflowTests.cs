using Aanmelding.Core.Applications;
using Aanmelding.Core.Workflows;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Tests.Workflows;

/// <summary>
/// The real ApplicationWorkflow: acknowledge, ask for reviews, follow the coordinators' decisions, and end on
/// withdrawal or on the final selection with exactly the e-mail that belongs to it.
/// </summary>
public sealed class ApplicationWorkflowTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    [Fact]
    public async Task A_new_application_is_acknowledged_and_sent_for_review_once_and_then_waits_as_submitted()
    {
        var (id, instance) = await StartAsync();

        await host.WaitForCallAsync(nameof(RequestReviews), id);
        Assert.Equal(ApplicationStatus.Submitted, await host.WaitForStatusAsync(instance, ApplicationStatus.Submitted));

        Assert.Equal([nameof(SendAcknowledgement), nameof(RequestReviews)], host.CallsFor(id).Select(c => c.Activity));
        var metadata = await host.Client.GetInstanceAsync(instance);
        Assert.Equal(OrchestrationRuntimeStatus.Running, metadata!.RuntimeStatus);
    }

    [Fact]
    public async Task The_status_follows_the_last_decision_when_a_coordinator_revises()
    {
        var (_, instance) = await StartAsync();

        await RaiseDecisionAsync(instance, "evt-1", Decision.Approved);
        Assert.Equal(ApplicationStatus.Approved, await host.WaitForStatusAsync(instance, ApplicationStatus.Approved));

        await RaiseDecisionAsync(instance, "evt-2", Decision.Rejected);
        Assert.Equal(ApplicationStatus.Rejected, await host.WaitForStatusAsync(instance, ApplicationStatus.Rejected));

        await RaiseDecisionAsync(instance, "evt-3", Decision.Approved);
        Assert.Equal(ApplicationStatus.Approved, await host.WaitForStatusAsync(instance, ApplicationStatus.Approved));
    }

    [Fact]
    public async Task A_decision_delivered_twice_counts_once()
    {
        var (_, instance) = await StartAsync();

        await RaiseDecisionAsync(instance, "evt-approve", Decision.Approved);
        Assert.Equal(ApplicationStatus.Approved, await host.WaitForStatusAsync(instance, ApplicationStatus.Approved));
        await RaiseDecisionAsync(instance, "evt-reject", Decision.Rejected);
        Assert.Equal(ApplicationStatus.Rejected, await host.WaitForStatusAsync(instance, ApplicationStatus.Rejected));

        // The approval arrives a second time (an at-least-once retry of the raise): it must not undo the later rejection.
        var before = (await host.Client.GetInstanceAsync(instance))!.LastUpdatedAt;
        await RaiseDecisionAsync(instance, "evt-approve", Decision.Approved);

        var after = await host.WaitForUpdateAsync(instance, before);
        Assert.True(after.LastUpdatedAt > before, "the workflow did not handle the repeated event");
        Assert.Equal(ApplicationStatus.Rejected, after.ReadCustomStatusAs<ApplicationStatus>());
        Assert.Equal(OrchestrationRuntimeStatus.Running, after.RuntimeStatus);
    }

    [Fact]
    public async Task Each_change_is_told_once_for_its_version_and_an_older_or_repeated_change_event_is_ignored()
    {
        var (id, instance) = await StartAsync();
        await RaiseDecisionAsync(instance, "evt-before-change", Decision.Approved);

        // The sweep raises a change at least once, and two sweeps may race: v2 twice, then an old v1, then v3.
        foreach (var version in new[] { 2, 2, 1, 3 })
        {
            await host.Client.RaiseEventAsync(instance, WorkflowEvents.Changed, new ApplicationChangedEvent(version));
        }

        await host.WaitForCallAsync(nameof(SendChangeNotices), WorkflowHost.ChangeInput(id, 3));
        Assert.Single(host.CallsOf(nameof(SendChangeNotices), WorkflowHost.ChangeInput(id, 2)));
        Assert.Empty(host.CallsOf(nameof(SendChangeNotices), WorkflowHost.ChangeInput(id, 1)));

        // A change leaves the review standing and the workflow waiting: it still ends on withdrawal as before.
        Assert.Equal(ApplicationStatus.Approved, await host.WaitForStatusAsync(instance, ApplicationStatus.Approved));
        await host.Client.RaiseEventAsync(instance, WorkflowEvents.Withdrawn, true);
        Assert.Equal(ApplicationStatus.Withdrawn, (await host.WaitForCompletionAsync(instance)).ReadOutputAs<ApplicationStatus?>());
    }

    [Fact]
    public async Task Withdrawing_tells_the_coordinators_and_ends_the_workflow_as_withdrawn()
    {
        var (id, instance) = await StartAsync();
        await host.WaitForCallAsync(nameof(RequestReviews), id);

        await host.Client.RaiseEventAsync(instance, WorkflowEvents.Withdrawn, true);

        var done = await host.WaitForCompletionAsync(instance);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(ApplicationStatus.Withdrawn, done.ReadOutputAs<ApplicationStatus?>());
        Assert.Equal(ApplicationStatus.Withdrawn, done.ReadCustomStatusAs<ApplicationStatus>());
        Assert.Single(host.CallsOf(nameof(SendWithdrawalNotice), id));
        Assert.Empty(host.CallsOf(nameof(SendOutcome), id));
    }

    [Theory]
    [InlineData(ApplicationStatus.Selected)]
    [InlineData(ApplicationStatus.Reserve)]
    [InlineData(ApplicationStatus.NotSelected)]
    public async Task The_final_selection_sends_the_outcome_once_and_completes_with_it(ApplicationStatus outcome)
    {
        var (id, instance) = await StartAsync();
        await RaiseDecisionAsync(instance, "evt-1", Decision.Approved);

        await host.Client.RaiseEventAsync(instance, WorkflowEvents.SelectionFinalized, new SelectionFinalizedEvent(outcome));

        var done = await host.WaitForCompletionAsync(instance);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(outcome, done.ReadOutputAs<ApplicationStatus?>());
        Assert.Equal(outcome, done.ReadCustomStatusAs<ApplicationStatus>());
        Assert.Single(host.CallsOf(nameof(SendOutcome), id));
        Assert.Equal(nameof(SendOutcome), host.CallsFor(id)[^1].Activity);
        Assert.Empty(host.CallsOf(nameof(SendWithdrawalNotice), id));
    }

    [Fact]
    public async Task An_outcome_the_call_already_e_mailed_is_not_sent_again_and_the_workflow_completes_with_it()
    {
        var (id, instance) = await StartAsync();
        await RaiseDecisionAsync(instance, "evt-1", Decision.Approved);

        await host.Client.RaiseEventAsync(instance, WorkflowEvents.SelectionFinalized, new SelectionFinalizedEvent(ApplicationStatus.Reserve, OutcomeSent: true));

        var done = await host.WaitForCompletionAsync(instance);
        Assert.Equal(ApplicationStatus.Reserve, done.ReadOutputAs<ApplicationStatus?>());
        Assert.Equal(ApplicationStatus.Reserve, done.ReadCustomStatusAs<ApplicationStatus>());
        Assert.Empty(host.CallsOf(nameof(SendOutcome), id));
    }

    [Fact]
    public async Task Events_raised_before_the_reviews_were_requested_are_not_lost()
    {
        var id = ApplicationReference.New();
        var instance = ApplicationWorkflow.InstanceId(id);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ApplicationWorkflow), new ApplicationWorkflowInput(id), new StartOrchestrationOptions(instance));

        // A coordinator who is quick (or a retry) may decide while the workflow is still sending the first e-mails.
        await RaiseDecisionAsync(instance, "evt-early", Decision.Approved);
        await host.Client.RaiseEventAsync(instance, WorkflowEvents.SelectionFinalized, new SelectionFinalizedEvent(ApplicationStatus.Selected));

        var done = await host.WaitForCompletionAsync(instance);
        Assert.Equal(ApplicationStatus.Selected, done.ReadOutputAs<ApplicationStatus?>());
        Assert.Equal([nameof(SendAcknowledgement), nameof(RequestReviews), nameof(SendOutcome)], host.CallsFor(id).Select(c => c.Activity));
    }

    [Fact]
    public async Task After_many_decisions_the_workflow_continues_as_new_without_acknowledging_again_and_keeps_the_last_decision()
    {
        var (id, instance) = await StartAsync();
        await host.WaitForCallAsync(nameof(RequestReviews), id);

        var total = ApplicationWorkflow.EventsPerGeneration + 5;
        for (var i = 1; i <= total; i++)
        {
            await RaiseDecisionAsync(instance, $"evt-{i}", i == total ? Decision.Rejected : Decision.Approved);
        }

        Assert.Equal(ApplicationStatus.Rejected, await host.WaitForStatusAsync(instance, ApplicationStatus.Rejected));
        await host.Client.RaiseEventAsync(instance, WorkflowEvents.SelectionFinalized, new SelectionFinalizedEvent(ApplicationStatus.NotSelected));

        var done = await host.WaitForCompletionAsync(instance);
        Assert.Equal(ApplicationStatus.NotSelected, done.ReadOutputAs<ApplicationStatus?>());
        Assert.Single(host.CallsOf(nameof(SendAcknowledgement), id));
        Assert.Single(host.CallsOf(nameof(RequestReviews), id));
        Assert.Single(host.CallsOf(nameof(SendOutcome), id));
    }

    async Task<(string Id, string Instance)> StartAsync()
    {
        var id = ApplicationReference.New();
        var instance = ApplicationWorkflow.InstanceId(id);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(ApplicationWorkflow), new ApplicationWorkflowInput(id), new StartOrchestrationOptions(instance));
        await host.WaitForCallAsync(nameof(RequestReviews), id);
        return (id, instance);
    }

    Task RaiseDecisionAsync(string instance, string eventId, Decision decision) =>
        host.Client.RaiseEventAsync(instance, WorkflowEvents.ReviewDecision, new ReviewDecisionEvent(eventId, decision));
}
