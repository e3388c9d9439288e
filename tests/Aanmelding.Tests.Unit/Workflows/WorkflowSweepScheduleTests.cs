using Aanmelding.Core.Configuration;
using Aanmelding.Core.Workflows;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Tests.Unit.Workflows;

/// <summary>
/// The sweep's schedule, one setting for both hosts: every 5 minutes unless configured, the bound we promise following
/// from it, and a schedule that is no schedule stopping the app with a message instead of a timer that never fires.
/// </summary>
public sealed class WorkflowSweepScheduleTests
{
    static IConfiguration With(string? schedule) => new ConfigurationBuilder()
        .AddInMemoryCollection(schedule is null ? [] : [new KeyValuePair<string, string?>(WorkflowSweepSchedule.SettingName, schedule)])
        .Build();

    [Fact]
    public void Unconfigured_it_sweeps_every_five_minutes_on_the_clock_and_promises_five_and_a_half()
    {
        var schedule = WorkflowSweepSchedule.From(With(null))!;

        Assert.Equal("0 */5 * * * *", schedule.Text);
        Assert.Equal(TimeSpan.FromMinutes(5), schedule.Interval);
        Assert.Equal(TimeSpan.FromSeconds(330), schedule.Bound);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 21, 30, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 11, 29, 21, 27, 12, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 21, 35, 0, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 11, 29, 21, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_test_or_a_demo_may_sweep_every_few_seconds_and_the_bound_shrinks_with_it()
    {
        var schedule = WorkflowSweepSchedule.From(With("*/10 * * * * *"))!;

        Assert.Equal(TimeSpan.FromSeconds(10), schedule.Interval);
        Assert.Equal(TimeSpan.FromSeconds(40), schedule.Bound);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 21, 27, 20, TimeSpan.Zero), schedule.Next(new DateTimeOffset(2026, 11, 29, 21, 27, 12, TimeSpan.Zero)));
    }

    [Fact]
    public void An_uneven_schedule_promises_by_its_longest_gap()
    {
        // On the hour and at a quarter past: the longest wait is the 45 minutes from a quarter past to the next hour.
        var schedule = WorkflowSweepSchedule.Parse("0 0,15 * * * *")!;

        Assert.Equal(TimeSpan.FromMinutes(45), schedule.Interval);
    }

    [Theory]
    [InlineData("*/5 * * * *")]
    [InlineData("elke vijf minuten")]
    [InlineData("0 */5 * * * * *")]
    public void A_schedule_that_is_not_a_six_field_ncrontab_stops_the_app_with_a_dutch_message(string text)
    {
        Assert.Null(WorkflowSweepSchedule.Parse(text));

        var problems = ConfigurationCheck.Find(new ConfigurationBuilder()
            .AddInMemoryCollection([
                new KeyValuePair<string, string?>("Links:SigningKey", new string('k', 48)),
                new KeyValuePair<string, string?>(WorkflowSweepSchedule.SettingName, text),
            ])
            .Build());

        Assert.Contains(problems, p => p.Contains(WorkflowSweepSchedule.SettingName, StringComparison.Ordinal) && p.Contains("elke 5 minuten", StringComparison.Ordinal));
    }
}
