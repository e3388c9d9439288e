using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Workflows;

/// <summary>What an ApplicationWorkflow carries across ContinueAsNew: no personal data, only what it decides on.</summary>
public sealed record ApplicationWorkflowState
{
    public bool Acknowledged { get; init; }
    public Decision? Decision { get; init; }
    public IReadOnlyList<string> SeenEventIds { get; init; } = [];
}
