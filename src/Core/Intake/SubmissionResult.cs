using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Limits;

namespace Aanmelding.Core.Intake;

/// <summary>The result of <see cref="SubmissionService.SubmitAsync"/>; which fields are set depends on <see cref="Outcome"/>.</summary>
public sealed record SubmissionResult(SubmissionOutcome Outcome)
{
    public Application? Application { get; init; }
    public CallDefinition? Call { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>For <see cref="SubmissionOutcome.AddressLimited"/>: when the contact address may be mailed again.</summary>
    public RateLimitVerdict? Limit { get; init; }

    /// <summary>The receipt token for the applicant (set when accepted).</summary>
    public string? ReceiptToken { get; init; }
}
