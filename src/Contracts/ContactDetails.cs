namespace Aanmelding.Contracts;

/// <summary>The applicant's contact person; personal data that never reaches a log.</summary>
public sealed record ContactDetails
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
}
