namespace Aanmelding.Core.Applications;

/// <summary>
/// One application as the selection sees it (see <see cref="Application.AsSelectionCandidate"/>).
/// <paramref name="Status"/> is the state before selection: submitted (never decided), approved, rejected or withdrawn.
/// <paramref name="Municipality"/> is what the one-per-municipality rule compares, as is (<see cref="Application.MunicipalityIdentity"/>:
/// the CBS code); <paramref name="Score"/> is the coordinator's score (<see cref="ScoreScale"/>), or null when none was given.
/// </summary>
public sealed record SelectionCandidate(string ApplicationId, string Municipality, ApplicationStatus Status, int? Score, DateTimeOffset SubmittedAt)
{
    /// <summary>The municipality's name, for the reasons; <see cref="Municipality"/> when not given.</summary>
    public string? MunicipalityName { get; init; }
}
