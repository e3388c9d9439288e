using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Intake;

/// <summary>The result of <see cref="WithdrawalService.WithdrawAsync"/>: the withdrawn application, or the call whose deadline passed.</summary>
public sealed record WithdrawalResult(WithdrawalOutcome Outcome, Application? Application = null, CallDefinition? Call = null);
