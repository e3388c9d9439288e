namespace Aanmelding.Core.Workflows;

/// <summary>The input of a RetentionWorkflow: the call, and how many applications it erased in earlier generations.</summary>
public sealed record RetentionWorkflowInput(string CallId, int Erased = 0);
