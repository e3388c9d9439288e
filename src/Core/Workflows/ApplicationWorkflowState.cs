namespace Aanmelding.Core.Workflows;

/// <summary>What an ApplicationWorkflow carries across ContinueAsNew.</summary>
public sealed record ApplicationWorkflowState
{
    public bool Acknowledged { get; init; }
    public string? Decision { get; init; }
    public int? Score { get; init; }
    public string? DecidedBy { get; init; }
    public IReadOnlyList<string> SeenEventIds { get; init; } = [];
}
