using Aanmelding.Core.Workflows;
using Aanmelding.Tests.EndToEnd.Selection;

namespace Aanmelding.Tests.EndToEnd;

/// <summary>
/// A deadline that waits for the test rather than a test that waits for its deadline. The call is configured with its
/// deadline <see cref="Far"/> ahead, so that starting the host, submitting and deciding never race it however busy the
/// machine is; once that work is done, <see cref="MoveToNowAsync"/> moves the deadline to now in configuration and
/// restarts the host gracefully. Requests read the moved deadline at once; the periodic sweep (<see cref="Sweep"/>,
/// set by <see cref="WithSweep"/>) wakes the call's workflow, which then closes intake within the sweep's bound. The
/// durable timer firing at a deadline by itself is covered where it is the point (ReviewDigestEndToEndTests).
/// </summary>
public static class MovedDeadline
{
    /// <summary>Further ahead than any test's work takes, however loaded the machine.</summary>
    public static readonly TimeSpan Far = TimeSpan.FromHours(1);

    /// <summary>A sweep every ten seconds, so a moved deadline is followed within seconds instead of the deployed five minutes.</summary>
    public static readonly WorkflowSweepSchedule Sweep = WorkflowSweepSchedule.Parse("*/10 * * * * *")!;

    /// <summary>How long after <see cref="MoveToNowAsync"/> the call's workflow may take to close intake and mail about it.</summary>
    public static TimeSpan ClosePatience => Sweep.Bound + TimeSpan.FromSeconds(90);

    /// <summary>The deadline <see cref="Far"/> ahead, as a call's configuration writes it (Amsterdam local time).</summary>
    public static DateTime FarLocal() => CallClock.LocalIn(Far);

    /// <summary>Adds the frequent sweep to a host's settings; returns them.</summary>
    public static IDictionary<string, string> WithSweep(IDictionary<string, string> settings)
    {
        settings[WorkflowSweepSchedule.SettingName.Replace(":", "__", StringComparison.Ordinal)] = Sweep.Text;
        return settings;
    }

    /// <summary>
    /// Stops the host gracefully, moves the deadline of each call to now (whole seconds, so it has passed when the host
    /// answers again) and starts the host again with its data, port and keys; returns the new deadline.
    /// </summary>
    public static async Task<DateTimeOffset> MoveToNowAsync(AppHost host, params string[] callIds)
    {
        await host.StopAsync();
        var now = CallClock.LocalIn(TimeSpan.Zero);
        foreach (var callId in callIds)
        {
            host.Set($"Calls__{callId}__Deadline", CallClock.Format(now));
        }

        await host.StartAgainAsync();
        return CallClock.ToUtc(now);
    }
}
