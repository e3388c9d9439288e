using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Review;

public sealed record ReviewResult(ReviewOutcome Outcome)
{
    public Application? Application { get; init; }
    public CallDefinition? Call { get; init; }
    public string? Coordinator { get; init; }
    public CoordinatorDecision? Decision { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
}
