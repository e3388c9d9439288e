using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Selection;

/// <summary>
/// What the selection's admin routes need, as one parameter: LocalHost binds it per request (<c>[AsParameters]</c>),
/// the Functions class receives it through its constructor.
/// </summary>
public sealed record SelectionServices(FinalizeService Finalizing, CallCatalog Calls, CallStateStore CallStates, OutcomeStore Outcomes);
