namespace Aanmelding.Core.Email;

/// <summary>
/// One e-mail to one recipient, with a plain-text and an HTML part that carry the same information.
/// The sender address comes from <see cref="EmailOptions"/>, not from the message.
/// </summary>
/// <param name="To">The recipient's address. Personal data: never logged.</param>
/// <param name="Subject">The subject line, made by the templates from the call and our reference, never from submitted
/// text; line breaks are removed by the senders before use. The recipient has no display name, for the same reason.</param>
/// <param name="TextBody">The plain-text part.</param>
/// <param name="HtmlBody">The HTML part; every piece of user text in it is already encoded.</param>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody)
{
    /// <summary>Where a reply goes: the call's contact address, not the sending address (which nobody reads).</summary>
    public string? ReplyTo { get; init; }

    /// <summary>Files attached to the message.</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>What kind of message this is (see <see cref="EmailKinds"/>); used in logs and file names instead of addresses.</summary>
    public string Kind { get; init; } = "message";

    /// <summary>Set by <see cref="Mailer"/>: lets a sender that can (the outbox) recognise a message it already wrote.</summary>
    public string? IdempotencyKey { get; init; }
}
