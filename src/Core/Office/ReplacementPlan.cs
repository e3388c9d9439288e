using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Office;

/// <summary>
/// A replacement as the office would ask for it now: the selected application that dropped out and the first on the
/// reserve list (who takes its place unless someone else is replaced first), or why it cannot be done.
/// </summary>
public sealed record ReplacementPlan(ReplacementOutcome Outcome, Application? Dropped = null, Application? Reserve = null);
