namespace Aanmelding.Core.Applications;

/// <summary>
/// Where an application stands with its beoordelaars: each one's latest review (a coordinator may revise; the audit
/// trail keeps every earlier one), and whether they disagree (one approves, another rejects).
/// </summary>
public sealed record ReviewStanding(IReadOnlyList<CoordinatorDecision> Reviews)
{
    public static ReviewStanding None { get; } = new([]);

    public bool Disagree => Reviews.Select(r => r.Decision).Distinct().Count() > 1;

    /// <summary>Each coordinator's latest decision (addresses compared without case), in the order they first reviewed.</summary>
    public static ReviewStanding Of(IEnumerable<CoordinatorDecision> trail)
    {
        var latest = new Dictionary<string, CoordinatorDecision>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var decision in trail.OrderBy(d => d.EventId, StringComparer.Ordinal))
        {
            if (!latest.ContainsKey(decision.Coordinator))
            {
                order.Add(decision.Coordinator);
            }

            latest[decision.Coordinator] = decision;
        }

        return new ReviewStanding(order.Select(c => latest[c]).ToList());
    }
}
