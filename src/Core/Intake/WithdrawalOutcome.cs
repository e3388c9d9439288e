namespace Aanmelding.Core.Intake;

/// <summary>What became of a request to withdraw an application.</summary>
public enum WithdrawalOutcome
{
    Withdrawn,
    NotFound,
    LinkExpired,
    CallClosed,
    NotWithdrawable,

    /// <summary>The request did not say it was meant: nothing changed.</summary>
    NotConfirmed,
}
