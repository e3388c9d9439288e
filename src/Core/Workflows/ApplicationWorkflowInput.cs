namespace Aanmelding.Core.Workflows;

/// <summary>
/// The input of an ApplicationWorkflow: small, so activities read the record from storage. <see cref="State"/>
/// is set when the workflow continues as new.
/// </summary>
public sealed record ApplicationWorkflowInput(string ApplicationId, ApplicationWorkflowState? State = null);
