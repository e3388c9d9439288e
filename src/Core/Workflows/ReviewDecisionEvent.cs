namespace Aanmelding.Core.Workflows;

/// <summary>A coordinator's decision, raised on the ApplicationWorkflow. <see cref="EventId"/> makes a second delivery harmless.</summary>
public sealed record ReviewDecisionEvent(string EventId, string Decision, int? Score, string DecidedBy, DateTimeOffset DecidedAt);
