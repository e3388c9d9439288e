using System.Text;
using MimeKit;

namespace Aanmelding.Core.Email;

/// <summary>
/// Everything a person could read in an outbox message, decoded: headers, text and HTML parts and attachments (the
/// file itself is quoted-printable or base64, where a word can be split or hidden).
/// </summary>
public static class OutboxMessageText
{
    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        var text = new StringBuilder();
        foreach (var header in message.Headers)
        {
            text.Append(header.Value).Append('\n');
        }

        foreach (var part in message.BodyParts.OfType<MimePart>())
        {
            if (part.Content is not { } body)
            {
                continue;
            }

            using var content = new MemoryStream();
            await body.DecodeToAsync(content, cancellationToken);
            text.Append(part is TextPart textPart ? textPart.Text : Encoding.UTF8.GetString(content.ToArray())).Append('\n');
        }

        return text.ToString();
    }
}
