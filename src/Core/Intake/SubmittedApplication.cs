using Aanmelding.Contracts;

namespace Aanmelding.Core.Intake;

/// <summary>An application as the system holds it: what was submitted, plus its state, decision and outcome.</summary>
public sealed record SubmittedApplication
{
    public required string Id { get; init; }
    public required string CallId { get; init; }
    public required ApplicationForm Form { get; init; }
    public required string Status { get; init; }
    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>The current coordinator decision (<c>approved</c> or <c>rejected</c>), internal until selection is final.</summary>
    public string? Decision { get; init; }
    public int? Score { get; init; }
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionNote { get; init; }

    /// <summary>The final outcome (<c>selected</c>, <c>reserve</c>, <c>not-selected</c>), set once the selection is final.</summary>
    public string? Outcome { get; init; }
    public int? Rank { get; init; }
    public string? OutcomeReason { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
}
