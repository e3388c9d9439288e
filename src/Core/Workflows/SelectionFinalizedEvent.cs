using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// Tells an ApplicationWorkflow that the selection is final and which outcome its application has, and whether its
/// outcome e-mail is out already (the CallWorkflow sends them in pages); false, as in events from before the pages,
/// means the workflow sends it itself.
/// </summary>
public sealed record SelectionFinalizedEvent(ApplicationStatus Outcome, bool OutcomeSent = false);
