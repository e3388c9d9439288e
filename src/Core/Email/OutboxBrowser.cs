using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using MimeKit;

namespace Aanmelding.Core.Email;

/// <summary>
/// Local development pages over the outbox folder (LocalHost serves them at <c>/dev/outbox</c>): a list of the
/// <c>.eml</c> files, newest first, with their links, and one message's text. Everything shown is HTML-encoded.
/// </summary>
public static partial class OutboxBrowser
{
    const int MaxListed = 500;
    const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>The list page.</summary>
    /// <param name="outboxPath">The outbox folder.</param>
    /// <param name="messageRoute">The route under which <see cref="Message"/> is served; a file name is appended after a '/'.</param>
    public static IResult Page(string outboxPath, string messageRoute = "/dev/outbox")
    {
        var folder = Path.GetFullPath(outboxPath);
        var files = Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles("*.eml")
                .Where(file => !file.Name.StartsWith('.'))
                .OrderByDescending(file => file.Name, StringComparer.Ordinal)
                .ThenByDescending(file => file.LastWriteTimeUtc)
                .ToList()
            : [];

        var body = new StringBuilder();
        body.Append("<h1>Outbox</h1>\n<p>Berichten die lokaal zijn \u201cverstuurd\u201d: ")
            .Append(files.Count.ToString(CultureInfo.InvariantCulture))
            .Append(files.Count == 1 ? " bericht" : " berichten")
            .Append(files.Count > MaxListed ? string.Create(CultureInfo.InvariantCulture, $", de nieuwste {MaxListed} staan hieronder") : string.Empty)
            .Append(", nieuwste eerst. Map: <code>").Append(Encode(folder)).Append("</code></p>\n");

        if (files.Count == 0)
        {
            body.Append("<p>Er zijn nog geen berichten.</p>\n");
        }
        else
        {
            body.Append("<table>\n<thead><tr><th scope=\"col\">Datum</th><th scope=\"col\">Aan</th><th scope=\"col\">Onderwerp</th><th scope=\"col\">Links</th></tr></thead>\n<tbody>\n");
            foreach (var file in files.Take(MaxListed))
            {
                var messageHref = $"{messageRoute.TrimEnd('/')}/{Uri.EscapeDataString(file.Name)}";
                MimeMessage message;
                try
                {
                    message = MimeMessage.Load(file.FullName);
                }
                catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
                {
                    body.Append("<tr><td colspan=\"4\">").Append(Encode(file.Name)).Append(": kan dit bericht niet lezen.</td></tr>\n");
                    continue;
                }

                body.Append("<tr><td>").Append(Encode(FormatDate(message.Date))).Append("</td><td>")
                    .Append(Encode(message.To.ToString())).Append("</td><td><a href=\"").Append(Encode(messageHref)).Append("\">")
                    .Append(Encode(string.IsNullOrEmpty(message.Subject) ? "(geen onderwerp)" : message.Subject)).Append("</a></td><td>")
                    .Append(LinkList(Links(message.TextBody))).Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n");
        }

        return Results.Content(Document("Outbox", body.ToString()), HtmlContentType, Encoding.UTF8);
    }

    /// <summary>One message: its headers, attachments and text part. Anything but a plain <c>.eml</c> file name in the folder gets 404.</summary>
    public static IResult Message(string outboxPath, string fileName, string listRoute = "/dev/outbox")
    {
        var folder = Path.GetFullPath(outboxPath);
        if (!IsPlainEmlName(fileName))
        {
            return Results.NotFound();
        }

        var path = Path.GetFullPath(Path.Combine(folder, fileName));
        if (!string.Equals(Path.GetDirectoryName(path), folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal) || !File.Exists(path))
        {
            return Results.NotFound();
        }

        MimeMessage message;
        try
        {
            message = MimeMessage.Load(path);
        }
        catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException)
        {
            return Results.NotFound();
        }

        var text = message.TextBody ?? string.Empty;
        var body = new StringBuilder();
        body.Append("<p><a href=\"").Append(Encode(listRoute)).Append("\">\u2190 Terug naar de outbox</a></p>\n")
            .Append("<h1>").Append(Encode(string.IsNullOrEmpty(message.Subject) ? "(geen onderwerp)" : message.Subject)).Append("</h1>\n")
            .Append("<table>\n")
            .Append("<tr><th scope=\"row\">Datum</th><td>").Append(Encode(FormatDate(message.Date))).Append("</td></tr>\n")
            .Append("<tr><th scope=\"row\">Van</th><td>").Append(Encode(message.From.ToString())).Append("</td></tr>\n")
            .Append("<tr><th scope=\"row\">Aan</th><td>").Append(Encode(message.To.ToString())).Append("</td></tr>\n")
            .Append("<tr><th scope=\"row\">Soort</th><td>").Append(Encode(message.Headers[MimeMessageFactory.KindHeader] ?? string.Empty)).Append("</td></tr>\n");
        var attachments = message.Attachments.Select(part => part.ContentDisposition?.FileName ?? part.ContentType.Name ?? "(naamloos)").ToList();
        if (attachments.Count > 0)
        {
            body.Append("<tr><th scope=\"row\">Bijlagen</th><td>").Append(Encode(string.Join(", ", attachments))).Append("</td></tr>\n");
        }

        body.Append("</table>\n<h2>Links</h2>\n").Append(LinkList(Links(text)))
            .Append("<h2>Tekst</h2>\n<pre>").Append(Encode(text)).Append("</pre>\n");
        return Results.Content(Document(message.Subject ?? "Bericht", body.ToString()), HtmlContentType, Encoding.UTF8);
    }

    static bool IsPlainEmlName(string? fileName) =>
        !string.IsNullOrEmpty(fileName)
        && fileName.Length <= 255
        && fileName.EndsWith(".eml", StringComparison.Ordinal)
        && !fileName.StartsWith('.')
        && fileName == Path.GetFileName(fileName)
        && fileName.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
        && !fileName.Contains('\\', StringComparison.Ordinal)
        && !fileName.Contains(':', StringComparison.Ordinal);

    /// <summary>Every http(s) link in a text, in order, without duplicates.</summary>
    internal static IReadOnlyList<string> Links(string? text) =>
        string.IsNullOrEmpty(text)
            ? []
            : LinkPattern().Matches(text).Select(match => match.Value.TrimEnd('.', ',', ';', ')', '\'')).Distinct(StringComparer.Ordinal).ToList();

    static string LinkList(IReadOnlyList<string> links)
    {
        if (links.Count == 0)
        {
            return "<span>\u2013</span>";
        }

        var html = new StringBuilder("<ul>");
        foreach (var link in links)
        {
            html.Append("<li><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(link)).Append("</a></li>");
        }

        return html.Append("</ul>").ToString();
    }

    static string FormatDate(DateTimeOffset date) => date.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    static string Encode(string value) => WebUtility.HtmlEncode(value);

    static string Document(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(title)}}</title>
        <style>
        body { font-family: Arial, Helvetica, sans-serif; margin: 24px; color: #1a1a1a; }
        table { border-collapse: collapse; }
        th, td { text-align: left; vertical-align: top; padding: 4px 12px 4px 0; border-bottom: 1px solid #e0e0e0; }
        ul { margin: 0; padding-left: 16px; }
        a { color: #005a8c; word-break: break-all; }
        pre { white-space: pre-wrap; background: #f6f6f6; padding: 12px; }
        </style>
        </head>
        <body>
        <main>
        {{body}}
        </main>
        </body>
        </html>
        """;

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
