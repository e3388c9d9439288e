namespace Aanmelding.Core.Applications;

/// <summary>
/// A call's recorded phase and, once final, what the selection came to. Phases only move forward: a transition to a
/// phase the call has reached already returns the state unchanged, so a replayed step changes nothing.
/// </summary>
public sealed record CallState
{
    public CallPhase Phase { get; init; } = CallPhase.Open;
    public DateTimeOffset? ClosedAt { get; init; }
    public DateTimeOffset? FinalizedAt { get; init; }
    public int Selected { get; init; }
    public int Reserve { get; init; }
    public int NotSelected { get; init; }

    /// <summary>Once the selection is being computed, decisions can no longer change it.</summary>
    public bool DecisionsFrozen => Phase >= CallPhase.Finalizing;

    public CallState Close(DateTimeOffset at) =>
        Phase >= CallPhase.Closed ? this : this with { Phase = CallPhase.Closed, ClosedAt = at };

    public CallState BeginFinalizing() =>
        Phase >= CallPhase.Finalizing ? this : this with { Phase = CallPhase.Finalizing };

    public CallState Finalize(DateTimeOffset at, IReadOnlyList<SelectionOutcome> outcomes) =>
        Phase >= CallPhase.Final
            ? this
            : this with
            {
                Phase = CallPhase.Final,
                FinalizedAt = at,
                Selected = outcomes.Count(o => o.Outcome == ApplicationStatus.Selected),
                Reserve = outcomes.Count(o => o.Outcome == ApplicationStatus.Reserve),
                NotSelected = outcomes.Count(o => o.Outcome == ApplicationStatus.NotSelected),
            };

    /// <summary>The counts as the stored selection has them now (after a replacement: one reserve fewer); only once final.</summary>
    public CallState Recount(IReadOnlyList<SelectionEntry> entries) =>
        Phase != CallPhase.Final
            ? this
            : this with
            {
                Selected = entries.Count(e => e.Outcome == ApplicationStatus.Selected),
                Reserve = entries.Count(e => e.Outcome == ApplicationStatus.Reserve),
                NotSelected = entries.Count(e => e.Outcome == ApplicationStatus.NotSelected),
            };
}
