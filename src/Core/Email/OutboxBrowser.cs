using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
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

    /// <summary>The list page.</summary>
    /// <param name="outboxPath">The outbox folder.</param>
    /// <param name="call">The call whose frame (title, contact) the page wears.</param>
    /// <param name="messageRoute">The route under which <see cref="Message"/> is served; a file name is appended after a '/'.</param>
    public static IResult Page(string outboxPath, CallDefinition call, string messageRoute = "/dev/outbox")
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
        body.Append(HtmlPage.Heading("Outbox")).Append("\n<p class=\"utrecht-paragraph\">Berichten die lokaal zijn \u201cverstuurd\u201d: ")
            .Append(files.Count.ToString(CultureInfo.InvariantCulture))
            .Append(files.Count == 1 ? " bericht" : " berichten")
            .Append(files.Count > MaxListed ? string.Create(CultureInfo.InvariantCulture, $", de nieuwste {MaxListed} staan hieronder") : string.Empty)
            .Append(", nieuwste eerst. Map: <code class=\"utrecht-code aanmelding-long-link\">").Append(Encode(folder)).Append("</code></p>\n");

        if (files.Count == 0)
        {
            body.Append(HtmlPage.Paragraph("Er zijn nog geen berichten.")).Append('\n');
        }
        else
        {
            // A table wider than a phone scrolls inside its own frame, which the keyboard can reach.
            body.Append("<div class=\"aanmelding-scroll\" role=\"region\" aria-label=\"Berichten\" tabindex=\"0\">\n")
                .Append("<table class=\"utrecht-table utrecht-table--html-table\">\n<thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">")
                .Append("<th class=\"utrecht-table__header-cell\" scope=\"col\">Datum</th><th class=\"utrecht-table__header-cell\" scope=\"col\">Aan</th>")
                .Append("<th class=\"utrecht-table__header-cell\" scope=\"col\">Onderwerp</th><th class=\"utrecht-table__header-cell\" scope=\"col\">Links</th></tr></thead>\n<tbody class=\"utrecht-table__body\">\n");
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
                    body.Append("<tr class=\"utrecht-table__row\"><td class=\"utrecht-table__cell\" colspan=\"4\">").Append(Encode(file.Name)).Append(": kan dit bericht niet lezen.</td></tr>\n");
                    continue;
                }

                body.Append("<tr class=\"utrecht-table__row\"><td class=\"utrecht-table__cell\">").Append(Encode(FormatDate(message.Date))).Append("</td><td class=\"utrecht-table__cell\">")
                    .Append(Encode(message.To.ToString())).Append("</td><td class=\"utrecht-table__cell\">")
                    .Append(HtmlPage.Link(messageHref, string.IsNullOrEmpty(message.Subject) ? "(geen onderwerp)" : message.Subject)).Append("</td><td class=\"utrecht-table__cell\">")
                    .Append(LinkList(Links(message.TextBody))).Append("</td></tr>\n");
            }

            body.Append("</tbody>\n</table>\n</div>\n");
        }

        return HtmlPage.Result(call, "Outbox", body.ToString());
    }

    /// <summary>One message: its headers, attachments and text part. Anything but a plain <c>.eml</c> file name in the folder gets 404.</summary>
    public static IResult Message(string outboxPath, string fileName, CallDefinition call, string listRoute = "/dev/outbox")
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
        var subject = string.IsNullOrEmpty(message.Subject) ? "(geen onderwerp)" : message.Subject;
        var body = new StringBuilder();
        body.Append("<p class=\"utrecht-paragraph\">").Append(HtmlPage.Link(listRoute, "\u2190 Terug naar de outbox")).Append("</p>\n")
            .Append(HtmlPage.Heading(subject)).Append('\n')
            .Append("<div class=\"aanmelding-scroll\"><table class=\"utrecht-table utrecht-table--html-table\">\n<tbody class=\"utrecht-table__body\">\n")
            .Append(Row("Datum", FormatDate(message.Date)))
            .Append(Row("Van", message.From.ToString()))
            .Append(Row("Antwoord naar", message.ReplyTo.ToString()))
            .Append(Row("Aan", message.To.ToString()))
            .Append(Row("Soort", message.Headers[MimeMessageFactory.KindHeader] ?? string.Empty));
        var attachments = message.Attachments.Select(part => part.ContentDisposition?.FileName ?? part.ContentType.Name ?? "(naamloos)").ToList();
        if (attachments.Count > 0)
        {
            body.Append(Row("Bijlagen", string.Join(", ", attachments)));
        }

        body.Append("</tbody>\n</table></div>\n").Append(HtmlPage.SubHeading("Links")).Append('\n').Append(LinkList(Links(text)))
            .Append(HtmlPage.SubHeading("Tekst")).Append("\n<pre class=\"utrecht-code-block aanmelding-message-text\"><code class=\"utrecht-code-block__content\">").Append(Encode(text)).Append("</code></pre>\n");
        return HtmlPage.Result(call, subject, body.ToString());
    }

    static string Row(string label, string value) =>
        $"<tr class=\"utrecht-table__row\"><th class=\"utrecht-table__header-cell\" scope=\"row\">{Encode(label)}</th><td class=\"utrecht-table__cell aanmelding-long-link\">{Encode(value)}</td></tr>\n";

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

    /// <summary>The links, each named by its path: the token stays in the address, where it belongs, and out of the way.</summary>
    static string LinkList(IReadOnlyList<string> links)
    {
        if (links.Count == 0)
        {
            return "<span>\u2013</span>";
        }

        var html = new StringBuilder("<ul class=\"utrecht-unordered-list\">");
        foreach (var link in links)
        {
            var name = Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.AbsolutePath.Length > 1 ? uri.AbsolutePath : link;
            html.Append("<li class=\"utrecht-unordered-list__item\">").Append(HtmlPage.Link(link, name)).Append("</li>");
        }

        return html.Append("</ul>").ToString();
    }

    static string FormatDate(DateTimeOffset date) => date.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    static string Encode(string value) => WebUtility.HtmlEncode(value);

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
