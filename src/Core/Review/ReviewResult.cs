using Aanmelding.Core.Calls;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Review;

public sealed record ReviewResult(ReviewOutcome Outcome)
{
    public SubmittedApplication? Application { get; init; }
    public CallDefinition? Call { get; init; }
    public string? Coordinator { get; init; }
    public DecisionEntity? Decision { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
}
