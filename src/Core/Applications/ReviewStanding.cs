namespace Aanmelding.Core.Applications;

/// <summary>
/// Where an application stands with its beoordelaars: each one's latest review (a coordinator may revise; the audit
/// trail keeps every earlier one), whether they disagree (one approves, another rejects), and how the reviews combine
/// into the application's decision and score (<see cref="Combine"/>), which the selection uses.
/// </summary>
public sealed record ReviewStanding(IReadOnlyList<CoordinatorDecision> Reviews)
{
    public static ReviewStanding None { get; } = new([]);

    public bool Disagree => Reviews.Select(r => r.Decision).Distinct().Count() > 1;

    /// <summary>
    /// Each coordinator's latest decision (addresses compared without case), in the order they first reviewed, from a
    /// trail in the order the decisions were made.
    /// </summary>
    public static ReviewStanding Of(IEnumerable<CoordinatorDecision> trail)
    {
        var latest = new Dictionary<string, CoordinatorDecision>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var decision in trail)
        {
            if (!latest.ContainsKey(decision.Coordinator))
            {
                order.Add(decision.Coordinator);
            }

            latest[decision.Coordinator] = decision;
        }

        return new ReviewStanding(order.Select(c => latest[c]).ToList());
    }

    /// <summary>
    /// The combine rule: approved when more than half of the reviews approve (a tie is no majority, so it is
    /// rejected); the score is the mean of the scores given (approving and rejecting reviews alike), rounded half away
    /// from zero to a whole score, or none when no review gave one. No reviews: no decision.
    /// </summary>
    public (Decision? Decision, int? Score) Combine()
    {
        if (Reviews.Count == 0)
        {
            return (null, null);
        }

        var approvals = Reviews.Count(r => r.Decision == Decision.Approved);
        var decision = approvals * 2 > Reviews.Count ? Decision.Approved : Decision.Rejected;
        var scores = Reviews.Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();
        int? score = scores.Count == 0 ? null : (int)Math.Round(scores.Average(), MidpointRounding.AwayFromZero);
        return (decision, score);
    }
}
