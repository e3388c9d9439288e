using Aanmelding.Core.Applications;
using Aanmelding.Core.Privacy;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Privacy;

/// <summary>When personal data falls due for erasure, and how long the retention workflow may sleep without missing it.</summary>
public class RetentionRuleTests
{
    static readonly DateTimeOffset Submitted = new(2018, 7, 1, 10, 0, 0, TimeSpan.FromHours(2));
    static readonly TimeSpan Year = TimeSpan.FromDays(365);
    static readonly TimeSpan Month = TimeSpan.FromDays(30);

    static Application New() => new TestApplication().Stored("kwetsbare-wijken-2018", Submitted);

    [Fact]
    public void A_call_is_due_its_retention_period_after_the_selection_became_final_and_not_before_it_is_final()
    {
        var finalizedAt = new DateTimeOffset(2018, 8, 1, 12, 0, 0, TimeSpan.FromHours(2));
        var final = new CallState().Close(finalizedAt.AddDays(-5)).Finalize(finalizedAt, []);

        Assert.Equal(new DateTime(2019, 8, 1, 10, 0, 0, DateTimeKind.Utc), RetentionRule.CallDueUtc(final, Year));
        Assert.Null(RetentionRule.CallDueUtc(new CallState(), Year));
        Assert.Null(RetentionRule.CallDueUtc(new CallState().Close(finalizedAt), Year));
        Assert.Null(RetentionRule.CallDueUtc(new CallState().Close(finalizedAt).BeginFinalizing(), Year));
    }

    [Fact]
    public void A_withdrawn_application_is_due_its_own_period_after_the_withdrawal_and_one_not_withdrawn_is_never_due_on_its_own()
    {
        var withdrawnAt = Submitted.AddDays(2);

        Assert.Equal((withdrawnAt + Month).UtcDateTime, RetentionRule.WithdrawnDueUtc(New().Withdraw(withdrawnAt), Month));
        Assert.Equal(DateTimeKind.Utc, RetentionRule.WithdrawnDueUtc(New().Withdraw(withdrawnAt), Month)!.Value.Kind);
        Assert.Null(RetentionRule.WithdrawnDueUtc(New(), Month));
    }

    [Theory]
    [InlineData(365 * 24 * 60, 30 * 24 * 60, 6 * 60)] // the defaults: read again every six hours
    [InlineData(2, 30 * 24 * 60, 2)] // a demo's two minutes: never sleep past a selection made meanwhile
    [InlineData(365 * 24 * 60, 10, 10)] // a short withdrawal period: never sleep past a withdrawal made meanwhile
    public void The_workflow_never_sleeps_longer_than_either_period_or_the_recheck_interval(int retentionMinutes, int withdrawnMinutes, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), RetentionRule.WakeInterval(TimeSpan.FromMinutes(retentionMinutes), TimeSpan.FromMinutes(withdrawnMinutes)));

    [Fact]
    public void A_period_of_zero_does_not_make_the_workflow_spin() =>
        Assert.Equal(RetentionRule.ShortestWake, RetentionRule.WakeInterval(TimeSpan.Zero, Month));

    [Fact]
    public void The_next_wake_is_the_earliest_due_moment_or_else_the_next_read()
    {
        var now = new DateTime(2018, 9, 1, 0, 0, 0, DateTimeKind.Utc);
        var wake = TimeSpan.FromHours(6);

        Assert.Equal(now + wake, RetentionRule.NextWakeUtc(null, null, wake, now));
        Assert.Equal(now.AddHours(1), RetentionRule.NextWakeUtc(now.AddHours(2), now.AddHours(1), wake, now));
        Assert.Equal(now.AddHours(2), RetentionRule.NextWakeUtc(now.AddHours(2), null, wake, now));
        Assert.Equal(now + wake, RetentionRule.NextWakeUtc(now.AddDays(300), now.AddDays(20), wake, now));
    }

    [Fact]
    public void Whatever_is_withdrawn_after_a_read_falls_due_after_the_next_read_so_the_timer_then_set_is_exact()
    {
        var read = new DateTime(2018, 7, 2, 0, 0, 0, DateTimeKind.Utc);
        foreach (var (retention, withdrawn) in new[] { (Year, Month), (TimeSpan.FromMinutes(2), Month), (Year, TimeSpan.FromSeconds(10)) })
        {
            var nextRead = RetentionRule.NextWakeUtc(null, null, RetentionRule.WakeInterval(retention, withdrawn), read);
            var withdrawal = New().Withdraw(new DateTimeOffset(read.AddTicks(1), TimeSpan.Zero));
            var finalizedAt = new DateTimeOffset(read.AddTicks(1), TimeSpan.Zero);
            var final = new CallState().Close(finalizedAt).Finalize(finalizedAt, []);

            Assert.True(RetentionRule.WithdrawnDueUtc(withdrawal, withdrawn) > nextRead);
            Assert.True(RetentionRule.CallDueUtc(final, retention) > nextRead);
        }
    }
}
