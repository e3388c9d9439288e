using MimeKit;

namespace Aanmelding.Tests.EndToEnd.Selection;

/// <summary>The kind of an outbox message, as the system labels it (header X-Aanmelding-Kind).</summary>
public static class MailKind
{
    public const string ReviewRequest = "review-request";
    public const string IntakeClosed = "intake-closed";
    public const string ReminderDigest = "reminder-digest";
    public const string Outcome = "outcome";
    public const string FinalSummary = "final-summary";
    public const string WithdrawalNotice = "withdrawal-notice";
    public const string DroppedOut = "dropped-out";
    public const string SelectedFromReserve = "selected-from-reserve";

    public static bool Is(MimeMessage message, string kind) => message.Headers["X-Aanmelding-Kind"] == kind;
}
