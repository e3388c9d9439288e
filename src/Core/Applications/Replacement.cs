namespace Aanmelding.Core.Applications;

/// <summary>
/// After the selection, a selected application that dropped out (<see cref="DroppedId"/>) and the first on the reserve
/// list that took its place (<see cref="ReserveId"/>), by whom and when; kept on both applications as their trail. A
/// reserve that took a place can drop out in its turn, and is then replaced by the next on the list.
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
            .Where(a => a.Outcome == ApplicationStatus.Reserve)
            .OrderBy(a => a.Rank ?? int.MaxValue).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>Whether <paramref name="application"/> can drop out and be replaced: selected, and not replaced before.</summary>
    public static bool CanDropOut(Application application) =>
        application.Outcome == ApplicationStatus.Selected && application.DroppedOut is null;

    /// <summary>
    /// Among a call's <paramref name="applications"/>: the dropped one and the first reserve as they become when
    /// <paramref name="droppedId"/> drops out now; nothing when it cannot (not selected, replaced already, no reserve).
    /// </summary>
    public static IReadOnlyList<Application> Apply(IReadOnlyList<Application> applications, string droppedId, string coordinator, DateTimeOffset at)
    {
        if (applications.FirstOrDefault(a => a.Id == droppedId) is not { } dropped || !CanDropOut(dropped) || FirstReserve(applications) is not { } reserve)
        {
            return [];
        }

        var replacement = new Replacement(dropped.Id, reserve.Id, dropped.Rank, coordinator, at);
        return [dropped.DropOut(replacement), reserve.TakePlace(replacement)];
    }
}
