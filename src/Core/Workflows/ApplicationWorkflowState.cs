using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Workflows;

/// <summary>What an ApplicationWorkflow carries across ContinueAsNew: no personal data, only what it decides on.</summary>
public sealed record ApplicationWorkflowState
{
    public bool Acknowledged { get; init; }
    public Decision? Decision { get; init; }
    public IReadOnlyList<string> SeenEventIds { get; init; } = [];

    /// <summary>The latest version of the application whose change was told (1: none yet); an older or repeated change event is ignored.</summary>
    public int ToldVersion { get; init; } = 1;
}
