namespace Aanmelding.Core.Workflows;

/// <summary>What a finished RetentionWorkflow did: how many applications of the call it erased (a count, nothing personal).</summary>
public sealed record RetentionWorkflowResult(string CallId, int Erased);
