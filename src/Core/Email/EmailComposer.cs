using System.Net;
using System.Text;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Email;

/// <summary>
/// Builds the plain-text and the HTML part of one e-mail side by side, so both carry the same information.
/// Every string it is given is plain text: it is HTML-encoded here, and links are checked to be absolute http(s) URLs.
/// </summary>
internal sealed class EmailComposer
{
    const string ParagraphStyle = "margin:0 0 12px 0;";
    const string PrivacyLabel = "Hoe wij met uw gegevens omgaan (privacyverklaring)";
    const string CellStyle = "padding:4px 12px 4px 0;vertical-align:top;text-align:left;";

    readonly CallDefinition call;
    readonly string title;
    readonly StringBuilder text = new();
    readonly StringBuilder html = new();

    public EmailComposer(CallDefinition call, string title)
    {
        this.call = call;
        this.title = title;
        var header = Header(call);
        text.Append(header).Append('\n').Append('\n');
        text.Append(title).Append('\n').Append(new string('=', Math.Min(title.Length, 72))).Append('\n').Append('\n');
    }

    public EmailComposer Paragraph(string plain)
    {
        text.Append(plain).Append("\n\n");
        html.Append("<p style=\"").Append(ParagraphStyle).Append("\">").Append(EncodeMultiline(plain)).Append("</p>\n");
        return this;
    }

    public EmailComposer Heading(string plain)
    {
        text.Append(plain).Append('\n').Append(new string('-', Math.Min(plain.Length, 72))).Append('\n');
        html.Append("<h2 style=\"margin:20px 0 8px 0;font-size:18px;line-height:1.3;\">")
            .Append(WebUtility.HtmlEncode(plain)).Append("</h2>\n");
        return this;
    }

    /// <summary>Label/value pairs; pairs with an empty value are left out.</summary>
    public EmailComposer Facts(params (string Label, string? Value)[] facts)
    {
        var shown = facts.Where(fact => !string.IsNullOrWhiteSpace(fact.Value)).ToList();
        if (shown.Count == 0)
        {
            return this;
        }

        html.Append("<table style=\"border-collapse:collapse;margin:0 0 12px 0;\">\n");
        foreach (var (label, value) in shown)
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
            html.Append("<tr><th scope=\"row\" style=\"").Append(CellStyle).Append("font-weight:bold;\">")
                .Append(WebUtility.HtmlEncode(label)).Append("</th><td style=\"").Append(CellStyle).Append("\">")
                .Append(EncodeMultiline(value!)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
        text.Append('\n');
        return this;
    }

    /// <summary>A longer text under its own heading, keeping the writer's line breaks (e.g. the motivation).</summary>
    public EmailComposer LongText(string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return this;
        }

        Heading(label);
        text.Append(value.Trim()).Append("\n\n");
        html.Append("<div style=\"margin:0 0 12px 0;padding:8px 12px;border-left:4px solid #d0d0d0;\">")
            .Append(EncodeMultiline(value.Trim())).Append("</div>\n");
        return this;
    }

    /// <summary>A prominent link; in the text part as "label: url".</summary>
    public EmailComposer Link(string label, string url)
    {
        var checkedUrl = CheckUrl(url);
        var href = WebUtility.HtmlEncode(checkedUrl);
        text.Append(label).Append(":\n").Append(checkedUrl).Append("\n\n");
        html.Append("<p style=\"").Append(ParagraphStyle).Append("\"><a href=\"").Append(href)
            .Append("\" style=\"display:inline-block;padding:10px 16px;background-color:").Append(HtmlLayout.LinkColour)
            .Append(";color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;\">")
            .Append(WebUtility.HtmlEncode(label)).Append("</a></p>\n")
            .Append("<p style=\"").Append(ParagraphStyle).Append("font-size:13px;color:#4a4a4a;\">Werkt de knop niet? Gebruik dan deze link: <a href=\"")
            .Append(href).Append("\" style=\"color:").Append(HtmlLayout.LinkColour).Append(";word-break:break-all;\">")
            .Append(WebUtility.HtmlEncode(checkedUrl)).Append("</a></p>\n");
        return this;
    }

    /// <summary>A bulleted list of items, each a line of text with a link under it.</summary>
    public EmailComposer LinkList(IEnumerable<(string Text, string LinkLabel, string Url)> items)
    {
        html.Append("<ul style=\"margin:0 0 12px 0;padding-left:20px;\">\n");
        foreach (var (itemText, linkLabel, url) in items)
        {
            var checkedUrl = CheckUrl(url);
            text.Append("- ").Append(itemText).Append('\n').Append("  ").Append(linkLabel).Append(": ").Append(checkedUrl).Append('\n');
            html.Append("<li style=\"margin:0 0 8px 0;\">").Append(WebUtility.HtmlEncode(itemText)).Append("<br><a href=\"")
                .Append(WebUtility.HtmlEncode(checkedUrl)).Append("\" style=\"color:").Append(HtmlLayout.LinkColour).Append(";\">")
                .Append(WebUtility.HtmlEncode(linkLabel)).Append("</a></li>\n");
        }

        html.Append("</ul>\n");
        text.Append('\n');
        return this;
    }

    /// <summary>A table with a caption and column headers.</summary>
    public EmailComposer Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        text.Append(caption).Append(":\n");
        html.Append("<table style=\"border-collapse:collapse;margin:0 0 12px 0;\">\n<caption style=\"text-align:left;font-weight:bold;padding:0 0 4px 0;\">")
            .Append(WebUtility.HtmlEncode(caption)).Append("</caption>\n<thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\" style=\"").Append(CellStyle).Append("border-bottom:1px solid #d0d0d0;\">")
                .Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            text.Append("- ").Append(string.Join(": ", row)).Append('\n');
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td style=\"").Append(CellStyle).Append("\">").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        text.Append('\n');
        return this;
    }

    public EmailComposer Closing()
    {
        var organisers = call.OrganisersText;
        text.Append("Met vriendelijke groet,\n").Append(organisers).Append("\n\n");
        html.Append("<p style=\"").Append(ParagraphStyle).Append("\">Met vriendelijke groet,<br>")
            .Append(WebUtility.HtmlEncode(organisers)).Append("</p>\n");
        return this;
    }

    /// <summary>The message, with the call's contact address as its Reply-To and in its footer; no submitted text in a header.</summary>
    public EmailMessage Build(string to, string subject, string kind)
    {
        var footer =
            $"Dit bericht is automatisch verstuurd namens {call.OrganisersText} voor de oproep \u201c{call.Title}\u201d. " +
            $"Vragen? Beantwoord dit bericht of mail naar {call.ContactEmail}. " +
            "Links in dit bericht zijn persoonlijk; stuur dit bericht niet door.";
        // The privacy notice is linked from every e-mail, here in the one footer all of them share.
        var privacyUrl = CheckUrl(call.PrivacyNoticeUrl);
        text.Append("-- \n").Append(footer).Append('\n').Append(PrivacyLabel).Append(": ").Append(privacyUrl).Append('\n');
        return new EmailMessage(
            to,
            subject,
            text.ToString(),
            HtmlLayout.Page(title, Header(call), html.ToString(), footer, (PrivacyLabel, privacyUrl)))
        {
            ReplyTo = call.ContactEmail,
            Kind = kind,
        };
    }

    static string Header(CallDefinition call) => $"{call.Title} \u2013 {call.OrganisersText}";

    static string EncodeMultiline(string value)
    {
        var lines = value.ReplaceLineEndings("\n").Split('\n');
        return string.Join("<br>", lines.Select(WebUtility.HtmlEncode));
    }

    /// <summary>Links are built by the caller; an e-mail only carries absolute http(s) links (never javascript: or relative ones).</summary>
    static string CheckUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("A link in an e-mail must be an absolute http or https URL.", nameof(url));
        }

        return uri.AbsoluteUri;
    }
}
