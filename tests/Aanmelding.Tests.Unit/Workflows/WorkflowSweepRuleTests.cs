using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Workflows;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Tests.Unit.Workflows;

/// <summary>
/// When the sweep runs and what it acts on: promptly once intake is quiet (or held at most so long), and a call whose
/// workflow is behind the moments configuration names now (a deadline moved earlier while it slept on a timer).
/// </summary>
public sealed class WorkflowSweepRuleTests
{
    // The seed call: intake closes 13 July 2018 at midnight in Amsterdam, the review deadline is 27 July at midnight.
    static readonly CallDefinition Call = new CallCatalog(new ConfigurationBuilder().Build()).Find(CallCatalog.DefaultCallId)!;

    [Fact]
    public void The_prompt_sweep_waits_while_submissions_keep_coming()
    {
        var justNow = TimeSpan.FromMilliseconds(10);
        Assert.Equal(WorkflowSweepRule.Quiet - justNow, WorkflowSweepRule.PromptWait(justNow, justNow));
        Assert.Equal(WorkflowSweepRule.Quiet - justNow, WorkflowSweepRule.PromptWait(justNow, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void The_prompt_sweep_runs_once_intake_is_quiet()
    {
        Assert.Equal(TimeSpan.Zero, WorkflowSweepRule.PromptWait(WorkflowSweepRule.Quiet, WorkflowSweepRule.Quiet));
        Assert.Equal(TimeSpan.Zero, WorkflowSweepRule.PromptWait(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void A_rush_that_never_pauses_holds_the_prompt_sweep_no_longer_than_its_maximum()
    {
        var justNow = TimeSpan.FromMilliseconds(10);
        Assert.Equal(TimeSpan.FromMilliseconds(100), WorkflowSweepRule.PromptWait(justNow, WorkflowSweepRule.MaxHold - TimeSpan.FromMilliseconds(100)));
        Assert.Equal(TimeSpan.Zero, WorkflowSweepRule.PromptWait(justNow, WorkflowSweepRule.MaxHold));
        Assert.Equal(TimeSpan.Zero, WorkflowSweepRule.PromptWait(TimeSpan.Zero, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void An_open_call_is_behind_from_the_moment_intake_closes_by_configuration()
    {
        Assert.False(WorkflowSweepRule.IsBehindSchedule(Call, CallPhase.Open, Call.ClosesAt.AddSeconds(-1)));
        Assert.True(WorkflowSweepRule.IsBehindSchedule(Call, CallPhase.Open, Call.ClosesAt));
        Assert.True(WorkflowSweepRule.IsBehindSchedule(Call, CallPhase.Open, Call.ReviewDeadline.AddDays(1)));
    }

    [Fact]
    public void A_closed_call_is_behind_only_once_its_review_deadline_passed()
    {
        Assert.False(WorkflowSweepRule.IsBehindSchedule(Call, CallPhase.Closed, Call.ClosesAt.AddDays(1)));
        Assert.False(WorkflowSweepRule.IsBehindSchedule(Call, CallPhase.Closed, Call.ReviewDeadline.AddSeconds(-1)));
        Assert.True(WorkflowSweepRule.IsBehindSchedule(Call, CallPhase.Closed, Call.ReviewDeadline));
    }

    [Theory]
    [InlineData(CallPhase.Finalizing)]
    [InlineData(CallPhase.Final)]
    public void A_call_being_finalised_or_final_is_never_woken(CallPhase phase) =>
        Assert.False(WorkflowSweepRule.IsBehindSchedule(Call, phase, Call.ReviewDeadline.AddYears(1)));
}
