namespace Aanmelding.Core.Applications;

/// <summary>
/// One line of a call's final selection as it is kept and shown to coordinators: the outcome with rank and reason,
/// and the application's public particulars. <see cref="Order"/> is its 1-based place in the list as presented (the
/// rule's order); <see cref="Score"/> is the coordinator's score of an approved application, otherwise null.
/// </summary>
public sealed record SelectionEntry(
    int Order,
    string ApplicationId,
    ApplicationStatus Outcome,
    int? Rank,
    string Reason,
    string? Organisation,
    string? Municipality,
    string? Neighbourhood,
    string? ApplicantType,
    int? Score)
{
    public static SelectionEntry For(int order, SelectionOutcome outcome, Application application) => new(
        order,
        outcome.ApplicationId,
        outcome.Outcome,
        outcome.Rank,
        outcome.Reason,
        application.Form.Organisation,
        application.Form.Municipality,
        application.Form.Neighbourhood,
        application.Form.ApplicantType,
        application.Decision == Decision.Approved ? application.Score : null);
}
