namespace Aanmelding.Contracts;

/// <summary>
/// What an applicant submits, as JSON or as the browser form (nested names as <c>contact.email</c>).
/// Every field is nullable so that a missing field becomes a Dutch validation message, not a parse error.
/// </summary>
public sealed record ApplicationForm
{
    public string? ApplicantType { get; init; }
    public string? Organisation { get; init; }
    public string? Municipality { get; init; }
    public string? Neighbourhood { get; init; }
    public int? Homes { get; init; }
    public string? GasFreeStatus { get; init; }
    public IReadOnlyList<string>? Challenges { get; init; }

    /// <summary>What "anders" among the challenges means; required with it, refused without it.</summary>
    public string? ChallengesOther { get; init; }
    public string? Motivation { get; init; }
    public string? Partners { get; init; }
    public ContactDetails? Contact { get; init; }
    public bool? Consent { get; init; }
}
