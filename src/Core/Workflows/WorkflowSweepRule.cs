using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// What the periodic sweep (<see cref="WorkflowSweep"/>) acts on, and how often it runs: the bound on anything a
/// living process was expected to do follows from <see cref="Interval"/>.
/// </summary>
public static class WorkflowSweepRule
{
    /// <summary>How often both hosts sweep: LocalHost's loop, and the Functions timer (<see cref="Schedule"/>).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    /// <summary>The Functions timer's NCRONTAB schedule: every <see cref="Interval"/>, on the clock.</summary>
    public const string Schedule = "0 */5 * * * *";

    /// <summary>
    /// A pending start younger than this belongs to the request that stored it, which schedules the start itself;
    /// the sweep leaves it alone so that the two do not both start it.
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The bound we promise: a stored application's workflow is started at most this long after it was stored or
    /// after a host runs again, whichever is later (one interval, plus the grace when it was stored just before a
    /// sweep); likewise a call follows a deadline moved earlier within this long.
    /// </summary>
    public static readonly TimeSpan Bound = Interval + Grace;

    public const string StartDelaySetting = "Intake:WorkflowStartDelaySeconds";

    /// <summary>
    /// How far ahead the request that stores an application schedules its workflow (acknowledgement, review requests):
    /// intake first, so that the workflows of a rush run after it instead of taking its cores and storage. 5 s unless
    /// set; never more than half the <see cref="Grace"/>, so the request's start always lands before the sweep's.
    /// </summary>
    public static TimeSpan StartDelay(IConfiguration configuration) => TimeSpan.FromSeconds(
        double.TryParse(configuration[StartDelaySetting], System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? Math.Min(seconds, Grace.TotalSeconds / 2)
            : 5);

    /// <summary>Whether the sweep starts this pending start now.</summary>
    public static bool IsDue(DateTimeOffset storedAt, DateTimeOffset now) => now - storedAt >= Grace;

    /// <summary>
    /// Whether the call's workflow is behind its configuration: still open after the configured close, or still
    /// closed after the configured review deadline (both may have been moved earlier while it waited on a timer).
    /// </summary>
    public static bool IsBehindSchedule(CallDefinition call, CallPhase phase, DateTimeOffset now) => phase switch
    {
        CallPhase.Open => now >= call.ClosesAt,
        CallPhase.Closed => now >= call.ReviewDeadline,
        _ => false,
    };
}
