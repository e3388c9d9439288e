namespace Aanmelding.Core.Workflows;

/// <summary>
/// What the retention workflow reads each round, through an activity so it stays deterministic: when the call's
/// personal data is due (none before the selection is final), when the first withdrawn application still held is due,
/// and how long it may sleep before reading again (<see cref="Privacy.RetentionRule.WakeInterval"/>).
/// </summary>
public sealed record RetentionPlan(DateTime? CallDueUtc, DateTime? WithdrawnDueUtc, TimeSpan WakeInterval);
