namespace Aanmelding.Core.Workflows;

/// <summary>The input of the one CallWorkflow per call.</summary>
public sealed record CallWorkflowInput(string CallId);
