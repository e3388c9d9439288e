using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Workflows;

/// <summary>An application whose workflow the CallWorkflow tells the final outcome: ids and the outcome only.</summary>
public sealed record ApplicationOutcome(string ApplicationId, ApplicationStatus Outcome);
