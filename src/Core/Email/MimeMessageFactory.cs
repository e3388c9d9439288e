using MimeKit;

namespace Aanmelding.Core.Email;

/// <summary>Turns an <see cref="EmailMessage"/> into a MIME message: multipart/alternative (text, html), wrapped in multipart/mixed with attachments.</summary>
internal static class MimeMessageFactory
{
    public const string KindHeader = "X-Aanmelding-Kind";

    public static MimeMessage Create(EmailMessage message, EmailOptions options, DateTimeOffset date)
    {
        var mime = new MimeMessage
        {
            Date = date,
            Subject = HeaderText.Clean(message.Subject),
        };
        mime.From.Add(new MailboxAddress(HeaderText.Clean(options.FromName), HeaderText.Clean(options.From)));
        mime.To.Add(new MailboxAddress(string.Empty, HeaderText.Clean(message.To)));
        if (!string.IsNullOrWhiteSpace(message.ReplyTo))
        {
            mime.ReplyTo.Add(new MailboxAddress(string.Empty, HeaderText.Clean(message.ReplyTo)));
        }

        mime.Headers.Add(KindHeader, HeaderText.Clean(message.Kind));

        var body = new BodyBuilder
        {
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
        };
        foreach (var attachment in message.Attachments)
        {
            var part = body.Attachments.Add(HeaderText.Clean(attachment.FileName), attachment.Content, ContentType.Parse(attachment.ContentType));

            // Base64 keeps the bytes exactly as given (a text/csv part would otherwise have its line endings rewritten).
            if (part is MimePart mimePart)
            {
                mimePart.ContentTransferEncoding = ContentEncoding.Base64;
            }
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }
}
