namespace Aanmelding.Core.Selection;

/// <summary>
/// One application as the selection sees it.
/// <paramref name="Status"/> is the state before selection: <c>submitted</c> (never decided), <c>approved</c>,
/// <c>rejected</c> or <c>withdrawn</c> (see <see cref="Aanmelding.Contracts.ApplicationStatus"/>).
/// <paramref name="Municipality"/> is the name as the applicant typed it; <paramref name="Score"/> is the
/// coordinator's score (1–5), or null when none was given (counts as 3).
/// </summary>
public sealed record SelectionCandidate(string ApplicationId, string Municipality, string Status, int? Score, DateTimeOffset SubmittedAt);
