namespace Aanmelding.Core.Workflows;

/// <summary>External event names raised on workflows.</summary>
public static class WorkflowEvents
{
    public const string ReviewDecision = "ReviewDecision";
    public const string Withdrawn = "Withdrawn";

    /// <summary>The applicant changed the application (<see cref="ApplicationChangedEvent"/>), raised by the sweep.</summary>
    public const string Changed = "Changed";
    public const string SelectionFinalized = "SelectionFinalized";
    public const string FinalizeRequested = "FinalizeRequested";

    /// <summary>The call's configured moments may have moved: the call workflow reads its schedule again.</summary>
    public const string ScheduleChanged = "ScheduleChanged";
}
