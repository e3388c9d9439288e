using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Workflows;

/// <summary>Tells an ApplicationWorkflow that the selection is final and which outcome its application has.</summary>
public sealed record SelectionFinalizedEvent(ApplicationStatus Outcome);
