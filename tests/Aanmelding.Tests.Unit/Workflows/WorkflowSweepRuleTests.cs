using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Workflows;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Tests.Unit.Workflows;

/// <summary>
/// What the periodic sweep acts on: a pending start once its request had its chance, and a call whose workflow is
/// behind the moments configuration names now (a deadline moved earlier while it slept on a timer).
/// </summary>
public sealed class WorkflowSweepRuleTests
{
    static readonly DateTimeOffset Stored = new(2018, 7, 1, 10, 0, 0, TimeSpan.Zero);

    // The seed call: intake closes 13 July 2018 at midnight in Amsterdam, the review deadline is 27 July at midnight.
    static readonly CallDefinition Call = new CallCatalog(new ConfigurationBuilder().Build()).Find(CallCatalog.DefaultCallId)!;

    [Fact]
    public void A_pending_start_is_left_to_its_own_request_during_the_grace_and_taken_over_after_it()
    {
        Assert.False(WorkflowSweepRule.IsDue(Stored, Stored));
        Assert.False(WorkflowSweepRule.IsDue(Stored, Stored + WorkflowSweepRule.Grace - TimeSpan.FromMilliseconds(1)));
        Assert.True(WorkflowSweepRule.IsDue(Stored, Stored + WorkflowSweepRule.Grace));
        Assert.True(WorkflowSweepRule.IsDue(Stored, Stored.AddDays(3)));
    }

    [Fact]
    public void A_request_schedules_its_start_well_within_the_grace()
    {
        // The request's own start lands before the sweep may take it over, whatever the delay is set to.
        static TimeSpan DelayFor(string? seconds) => WorkflowSweepRule.StartDelay(
            new ConfigurationBuilder().AddInMemoryCollection([new(WorkflowSweepRule.StartDelaySetting, seconds)]).Build());

        Assert.Equal(TimeSpan.FromSeconds(5), DelayFor(null));
        Assert.Equal(TimeSpan.FromSeconds(1), DelayFor("1"));
        Assert.Equal(TimeSpan.Zero, DelayFor("0"));
        Assert.True(DelayFor("3600") < WorkflowSweepRule.Grace, "a start an hour ahead would be taken over by the sweep");
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

    [Fact]
    public void The_functions_timer_fires_every_interval_and_the_bound_covers_an_interval_and_the_grace()
    {
        Assert.Equal(WorkflowSweepRule.Schedule, $"0 */{WorkflowSweepRule.Interval.TotalMinutes} * * * *");
        Assert.Equal(WorkflowSweepRule.Interval + WorkflowSweepRule.Grace, WorkflowSweepRule.Bound);
    }
}
