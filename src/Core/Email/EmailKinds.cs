namespace Aanmelding.Core.Email;

/// <summary>
/// The kinds of e-mail the system sends: each is a method of <see cref="EmailTemplates"/>, names the message in logs and
/// outbox file names, and is the kind in its sent-marker key (<see cref="SentEmailKey"/>).
/// </summary>
public static class EmailKinds
{
    public const string Acknowledgement = "acknowledgement";
    public const string ReceiptLink = "receipt-link";
    public const string ReviewRequest = "review-request";
    public const string WithdrawalNotice = "withdrawal-notice";
    public const string IntakeClosed = "intake-closed";
    public const string ReminderDigest = "reminder-digest";
    public const string Outcome = "outcome";
    public const string FinalSummary = "final-summary";
    public const string SignInLink = "sign-in-link";
    public const string DroppedOut = "dropped-out";
    public const string SelectedFromReserve = "selected-from-reserve";
    public const string WithdrawalConfirmation = "withdrawal-confirmation";
    public const string ReceiptLinks = "receipt-links";
    public const string ChangeConfirmation = "change-confirmation";
    public const string ChangeNotice = "change-notice";
}
