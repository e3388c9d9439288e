namespace Aanmelding.Core.Workflows;

/// <summary>What a finished CallWorkflow reports.</summary>
public sealed record CallWorkflowResult(string CallId, int Notified, bool FinalizedEarly);
