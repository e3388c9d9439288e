using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Office;

/// <summary>
/// The selection of a call as it stands: computed now with the rule the finalising uses (<see cref="SelectionRule"/>),
/// or, once final, as stored (with a selected application that dropped out after it, and who took its place). <see cref="Undecided"/> counts the applications under review that nobody reviewed.
/// </summary>
public sealed record SelectionPreview(IReadOnlyList<(Application Application, SelectionOutcome Outcome)> Rows, int Selected, int Undecided, bool Final)
{
    public static SelectionPreview Of(IReadOnlyList<Application> applications, Calls.CallDefinition call, bool final)
    {
        var byId = applications.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var outcomes = final
            ? applications.Where(a => a.Outcome is not null || a.DroppedOut is not null).OrderBy(a => a.Rank ?? int.MaxValue)
                .Select(a => new SelectionOutcome(a.Id, a.Outcome ?? ApplicationStatus.Withdrawn, a.Rank, a.OutcomeReason ?? "")).ToList()
            : SelectionRule.Select(applications.Select(a => a.AsSelectionCandidate()), call.Capacity, call.OnePerMunicipality)
                .Where(o => o.Outcome != ApplicationStatus.Withdrawn).ToList();
        return new SelectionPreview(
            outcomes.Select(o => (byId[o.ApplicationId], o)).ToList(),
            outcomes.Count(o => o.Outcome == ApplicationStatus.Selected),
            applications.Count(a => a.Outcome is null && a.Status != ApplicationStatus.Withdrawn && a.Reviews.Count == 0),
            final);
    }
}
