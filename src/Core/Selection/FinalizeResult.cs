using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Selection;

/// <summary>The result of <see cref="FinalizeService.RequestAsync"/>: the call, and its state when the selection is final already.</summary>
public sealed record FinalizeResult(FinalizeOutcome Outcome, CallDefinition? Call = null, CallState? State = null);
