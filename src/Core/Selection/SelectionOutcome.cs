namespace Aanmelding.Core.Selection;

/// <summary>
/// The outcome of the selection for one application: <c>selected</c>, <c>reserve</c>, <c>not-selected</c> or
/// <c>withdrawn</c> (see <see cref="Aanmelding.Contracts.ApplicationStatus"/>), with a reason in Dutch.
/// <paramref name="Rank"/> is the 1-based position in the ordered walk over the approved applications;
/// null for rejected, never decided and withdrawn ones.
/// </summary>
public sealed record SelectionOutcome(string ApplicationId, string Outcome, int? Rank, string Reason);
