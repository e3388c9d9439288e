using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Email;

/// <summary>An application a coordinator has not reviewed yet, with that coordinator's personal review link.</summary>
public sealed record PendingReview(string ApplicationId, string Organisation, string Municipality, string Neighbourhood, string ReviewUrl)
{
    /// <summary>
    /// What <paramref name="coordinator"/> has still to review among <paramref name="applications"/>: under review and
    /// without a review of theirs (another beoordelaar's review does not count), oldest first.
    /// </summary>
    public static IReadOnlyList<PendingReview> For(IEnumerable<Application> applications, string coordinator, Func<Application, string> reviewUrl) =>
        applications
            .Where(a => a.IsUnderReview && !a.Reviews.Any(r => string.Equals(r.Coordinator, coordinator, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new PendingReview(a.Id, a.Form.Organisation ?? "", a.Form.Municipality ?? "", a.Form.Neighbourhood ?? "", reviewUrl(a)))
            .ToList();
}
