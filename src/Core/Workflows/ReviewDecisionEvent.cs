using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// A coordinator's decision, raised on the ApplicationWorkflow: the decision and the id of its audit row
/// (<see cref="CoordinatorDecision.EventId"/>), which makes a second delivery harmless. Who decided stays in the tables.
/// </summary>
public sealed record ReviewDecisionEvent(string EventId, Decision Decision);
