using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Limits;

namespace Aanmelding.Core.Intake;

/// <summary>The result of <see cref="ChangeService.ChangeAsync"/>; which fields are set depends on <see cref="Outcome"/>.</summary>
public sealed record ChangeResult(ChangeOutcome Outcome)
{
    /// <summary>As changed (or, for <see cref="ChangeOutcome.Stale"/>, as it now stands).</summary>
    public Application? Application { get; init; }
    public CallDefinition? Call { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
    public RateLimitVerdict? Limit { get; init; }
}
