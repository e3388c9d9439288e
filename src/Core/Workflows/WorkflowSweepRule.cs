using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// When the sweep (<see cref="WorkflowSweep"/>) runs and what it acts on: periodically in both hosts, which bounds
/// what a process that died was expected to do (<see cref="WorkflowSweepSchedule.Bound"/>), and promptly after submissions in the process
/// that took them (<see cref="PromptWait"/>).
/// </summary>
public static class WorkflowSweepRule
{
    /// <summary>
    /// What a sweep may take beyond its schedule (<see cref="WorkflowSweepSchedule"/>): the host coming up, listing and
    /// starting a rush's pending starts.
    /// </summary>
    public static readonly TimeSpan Allowance = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How old a staged attachment must be before the sweep decides about it (keep it when its application's row lists
    /// it, else remove it): far longer than any submission takes between staging its files and storing its row.
    /// </summary>
    public static readonly TimeSpan StagingGrace = TimeSpan.FromHours(1);

    /// <summary>How long intake must have been quiet before the prompt sweep runs: a rush is taken in first.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the prompt sweep waits at most for quiet, counted from the first submission it waits for.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How much longer the prompt sweep waits, given the time since the last and since the first submission it waits
    /// for; zero means now.
    /// </summary>
    public static TimeSpan PromptWait(TimeSpan sinceLast, TimeSpan sinceFirst) =>
        sinceLast >= Quiet || sinceFirst >= MaxHold ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min((Quiet - sinceLast).Ticks, (MaxHold - sinceFirst).Ticks));

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
