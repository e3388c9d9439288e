namespace Aanmelding.Core.Intake;

/// <summary>What a JSON client sends to withdraw: <c>{"confirm": true}</c> (the page sends the form field <c>confirm=true</c>).</summary>
public sealed record WithdrawalConfirmation
{
    public bool? Confirm { get; init; }
}
