namespace Aanmelding.Core.Applications;

/// <summary>
/// One application as the selection sees it (see <see cref="Application.AsSelectionCandidate"/>).
/// <paramref name="Status"/> is the state before selection: submitted (never decided), approved, rejected or withdrawn.
/// <paramref name="Municipality"/> is the name as the applicant typed it; <paramref name="Score"/> is the
/// coordinator's score (<see cref="ScoreScale"/>), or null when none was given.
/// </summary>
public sealed record SelectionCandidate(string ApplicationId, string Municipality, ApplicationStatus Status, int? Score, DateTimeOffset SubmittedAt);
