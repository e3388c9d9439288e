namespace Aanmelding.Core.Workflows;

/// <summary>
/// A call's moments as configuration says now, read through an activity so the workflow stays deterministic and
/// still honours a deadline that was moved while it waited.
/// </summary>
public sealed record CallSchedule(DateTime ClosesAtUtc, DateTime ReminderUtc, DateTime ReviewDeadlineUtc, bool Exists);
