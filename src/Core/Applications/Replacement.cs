namespace Aanmelding.Core.Applications;

/// <summary>
/// After the selection, a selected application that dropped out (<see cref="DroppedId"/>) and the first on the reserve
/// list that took its place (<see cref="ReserveId"/>), by whom and when; kept on both applications as their trail.
/// <see cref="Coordinator"/> is an e-mail address: personal data, in the tables only, never in a durable payload or a log.
/// </summary>
public sealed record Replacement(string DroppedId, string ReserveId, int? Rank, string Coordinator, DateTimeOffset At)
{
    /// <summary>
    /// The first on the reserve list: the reserve with the lowest rank (then the earliest submitted), or null when the
    /// list is empty or has been used up.
    /// </summary>
    public static Application? FirstReserve(IEnumerable<Application> applications) =>
        applications
            .Where(a => a.Outcome == ApplicationStatus.Reserve && a.Replacement is null)
            .OrderBy(a => a.Rank ?? int.MaxValue).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>Whether <paramref name="application"/> can drop out and be replaced: selected, and not replaced before.</summary>
    public static bool CanDropOut(Application application) =>
        application.Outcome == ApplicationStatus.Selected && application.Replacement is null;
}
