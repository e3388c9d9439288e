namespace Aanmelding.Core.Review;

/// <summary>A coordinator's decision as posted (form or JSON), before checks.</summary>
public sealed record ReviewSubmission
{
    public string? Token { get; init; }
    public string? Decision { get; init; }
    public int? Score { get; init; }
    public string? Note { get; init; }
}
