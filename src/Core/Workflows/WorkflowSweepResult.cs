namespace Aanmelding.Core.Workflows;

/// <summary>What one sweep did: workflows it started, pending starts it found already started, calls it woke.</summary>
public sealed record WorkflowSweepResult(int Started, int AlreadyStarted, int CallsWoken);
