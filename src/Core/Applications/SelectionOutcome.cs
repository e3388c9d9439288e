namespace Aanmelding.Core.Applications;

/// <summary>
/// The outcome of the selection for one application: selected, reserve, not-selected or withdrawn, with a reason in
/// Dutch. <paramref name="Rank"/> is the 1-based position in the ordered walk over the approved applications;
/// null for rejected, never decided and withdrawn ones.
/// </summary>
public sealed record SelectionOutcome(string ApplicationId, ApplicationStatus Outcome, int? Rank, string Reason);
