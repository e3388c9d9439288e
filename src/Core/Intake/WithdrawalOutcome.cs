namespace Aanmelding.Core.Intake;

/// <summary>What became of a request to withdraw an application.</summary>
public enum WithdrawalOutcome
{
    Withdrawn,
    NotFound,
    LinkExpired,
    CallClosed,
    NotWithdrawable,
}
