using Cronos;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// When the periodic sweep (<see cref="WorkflowSweep"/>) runs, from one setting both hosts read: the Functions timer
/// takes it as its NCRONTAB schedule (<c>%Workflows:SweepSchedule%</c>), LocalHost's loop waits for its next
/// occurrence. Every 5 minutes unless configured; tests and demos may sweep every few seconds. The bound we promise
/// (<see cref="Bound"/>) follows from it.
/// </summary>
public sealed class WorkflowSweepSchedule
{
    /// <summary>The setting, as the Functions timer names it between percent signs.</summary>
    public const string SettingName = "Workflows:SweepSchedule";

    /// <summary>Every 5 minutes, on the clock: 288 wake-ups a day for an idle app.</summary>
    public const string Default = "0 */5 * * * *";

    // A week covers every schedule NCRONTAB can state short of monthly ones; at most this many occurrences are looked at.
    static readonly TimeSpan Horizon = TimeSpan.FromDays(7);
    const int MaxOccurrences = 20_000;

    readonly CronExpression expression;

    WorkflowSweepSchedule(string text, CronExpression expression)
    {
        Text = text;
        this.expression = expression;
        Interval = LongestGap(expression);
    }

    /// <summary>The schedule as configured.</summary>
    public string Text { get; }

    /// <summary>The longest time between two sweeps.</summary>
    public TimeSpan Interval { get; }

    /// <summary>
    /// The bound we promise when no process that took a submission lives on: a stored application's workflow is started
    /// at most this long after it was stored or after a host runs again, whichever is later; likewise a call follows a
    /// deadline moved earlier within this long.
    /// </summary>
    public TimeSpan Bound => Interval + WorkflowSweepRule.Allowance;

    /// <summary>The schedule unless one is configured (<see cref="Default"/>).</summary>
    public static WorkflowSweepSchedule Standard { get; } = Parse(Default)!;

    /// <summary>The schedule configured, or the default when none is; null when the text is not a schedule.</summary>
    public static WorkflowSweepSchedule? From(IConfiguration configuration) =>
        configuration[SettingName] is { Length: > 0 } text ? Parse(text) : Standard;

    /// <summary>A six-field NCRONTAB schedule (seconds first, as the Functions timer reads it); null when it is not one.</summary>
    public static WorkflowSweepSchedule? Parse(string text)
    {
        try
        {
            return new WorkflowSweepSchedule(text, CronExpression.Parse(text.Trim(), CronFormat.IncludeSeconds));
        }
        catch (CronFormatException)
        {
            return null;
        }
    }

    /// <summary>The next sweep after <paramref name="now"/>, in UTC as the Functions timer runs it.</summary>
    public DateTimeOffset Next(DateTimeOffset now) =>
        expression.GetNextOccurrence(now, TimeZoneInfo.Utc) ?? now + Interval;

    static TimeSpan LongestGap(CronExpression expression)
    {
        var from = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var longest = TimeSpan.Zero;
        var previous = expression.GetNextOccurrence(from, TimeZoneInfo.Utc);
        for (var i = 0; previous is { } last && last - from < Horizon && i < MaxOccurrences; i++)
        {
            var next = expression.GetNextOccurrence(last, TimeZoneInfo.Utc);
            if (next is null)
            {
                break;
            }

            longest = next.Value - last > longest ? next.Value - last : longest;
            previous = next;
        }

        return longest > TimeSpan.Zero ? longest : Horizon;
    }
}
