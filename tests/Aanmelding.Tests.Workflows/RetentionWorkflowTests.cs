using Aanmelding.Core.Privacy;
using Aanmelding.Core.Workflows;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Tests.Workflows;

/// <summary>
/// The real RetentionWorkflow on durable timers of a few seconds: withdrawn applications are erased when they fall due
/// and not before, the call when its period has passed (page after page, then its own data) and then it completes; a
/// period shortened while it sleeps is honoured at its next read.
/// </summary>
public sealed class RetentionWorkflowTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    static readonly TimeSpan Far = TimeSpan.FromHours(2);
    static readonly TimeSpan Sleep = TimeSpan.FromHours(1);

    [Fact]
    public async Task Withdrawn_ones_are_erased_when_due_then_the_whole_call_page_after_page_then_its_own_data_and_the_workflow_completes()
    {
        var callId = NewCallId();
        var withdrawnDue = DateTime.UtcNow.AddSeconds(2);
        var callDue = withdrawnDue.AddSeconds(3);

        // Until the withdrawn one is erased it is what is due; afterwards only the call is, once final.
        host.SetRetentionPlan(callId, _ => host.CallsOf(nameof(EraseRetained), WorkflowHost.PageInput(callId, withdrawnOnly: true)).Count == 0
            ? new RetentionPlan(null, withdrawnDue, Sleep)
            : new RetentionPlan(callDue, null, Sleep));
        host.SetErasurePages(callId, 1, RetentionService.PageSize, 3);
        await StartAsync(callId);

        var done = await host.WaitForCompletionAsync(RetentionWorkflow.InstanceId(callId));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(new RetentionWorkflowResult(callId, 1 + RetentionService.PageSize + 3), done.ReadOutputAs<RetentionWorkflowResult>());
        var withdrawn = Assert.Single(host.CallsOf(nameof(EraseRetained), WorkflowHost.PageInput(callId, withdrawnOnly: true)));
        Assert.True(withdrawn.AtUtc >= withdrawnDue, $"the withdrawn one was erased at {withdrawn.AtUtc:O}, before it was due at {withdrawnDue:O}");
        var all = host.CallsOf(nameof(EraseRetained), WorkflowHost.PageInput(callId, withdrawnOnly: false));
        Assert.Equal(2, all.Count);
        Assert.True(all[0].AtUtc >= callDue, $"the call was erased from {all[0].AtUtc:O}, before it was due at {callDue:O}");
        var callData = Assert.Single(host.CallsOf(nameof(EraseCallData), callId));
        Assert.True(callData.AtUtc >= all[^1].AtUtc, "the call's own data went before its last applications");
    }

    [Fact]
    public async Task Nothing_is_erased_before_it_is_due()
    {
        var callId = NewCallId();
        var withdrawnDue = DateTime.UtcNow + Far;
        var wake = TimeSpan.FromSeconds(1);
        host.SetRetentionPlan(callId, _ => new RetentionPlan(null, withdrawnDue, wake));
        await StartAsync(callId);

        // It reads again every wake interval (a withdrawal meanwhile would be due only after the next read) ...
        Assert.True(await host.WaitUntilAsync(() => host.CallsOf(nameof(GetRetentionPlan), callId).Count >= 3), "the plan was not read again each wake interval");

        // ... and erases nothing while nothing is due.
        Assert.Empty(host.CallsOf(nameof(EraseRetained), WorkflowHost.PageInput(callId, withdrawnOnly: true)));
        Assert.Empty(host.CallsOf(nameof(EraseCallData), callId));
        await host.Client.TerminateInstanceAsync(RetentionWorkflow.InstanceId(callId));
    }

    [Fact]
    public async Task A_retention_period_shortened_while_the_workflow_sleeps_is_honoured_at_its_next_read()
    {
        var callId = NewCallId();
        var start = DateTime.UtcNow;
        var shortened = start.AddSeconds(3);

        // At first the call is due far ahead and the workflow sleeps two seconds; from the next read on it is due soon.
        host.SetRetentionPlan(callId, read => new RetentionPlan(read == 0 ? start + Far : shortened, null, TimeSpan.FromSeconds(2)));
        await StartAsync(callId);

        var done = await host.WaitForCompletionAsync(RetentionWorkflow.InstanceId(callId));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var erased = Assert.Single(host.CallsOf(nameof(EraseCallData), callId));
        Assert.True(erased.AtUtc >= shortened, $"the call was erased at {erased.AtUtc:O}, before its shortened period ended at {shortened:O}");
    }

    Task StartAsync(string callId) =>
        host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(RetentionWorkflow), new RetentionWorkflowInput(callId), new StartOrchestrationOptions(RetentionWorkflow.InstanceId(callId)));

    static string NewCallId() => "retention-test-" + Guid.NewGuid().ToString("N")[..8];
}
