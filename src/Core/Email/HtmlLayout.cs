using System.Net;

namespace Aanmelding.Core.Email;

/// <summary>The HTML frame around every e-mail: simple, inline-styled, <c>lang="nl"</c>, readable without images or CSS.</summary>
internal static class HtmlLayout
{
    public const string LinkColour = "#005a8c";

    /// <param name="title">The document title and heading; plain text, encoded here.</param>
    /// <param name="header">The small line above the heading (the call and its organisers); plain text, encoded here.</param>
    /// <param name="contentHtml">The body, already encoded.</param>
    /// <param name="footer">The small print; plain text, encoded here.</param>
    /// <param name="footerLink">A link under the small print (the privacy notice): its label and absolute URL, encoded here.</param>
    public static string Page(string title, string header, string contentHtml, string footer, (string Label, string Url) footerLink)
    {
        var encodedTitle = WebUtility.HtmlEncode(title);
        return $"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{encodedTitle}</title>
            </head>
            <body style="margin:0;padding:0;background-color:#f3f3f3;">
            <div role="article" aria-label="{encodedTitle}" lang="nl" style="max-width:640px;margin:0 auto;padding:24px;background-color:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">
            <p style="margin:0 0 8px 0;font-size:14px;color:#4a4a4a;">{WebUtility.HtmlEncode(header)}</p>
            <h1 style="margin:0 0 16px 0;font-size:22px;line-height:1.3;color:#1a1a1a;">{encodedTitle}</h1>
            {contentHtml}
            <hr style="border:none;border-top:1px solid #d0d0d0;margin:24px 0 12px 0;">
            <p style="margin:0;font-size:13px;color:#4a4a4a;">{WebUtility.HtmlEncode(footer)}</p>
            <p style="margin:8px 0 0 0;font-size:13px;"><a href="{WebUtility.HtmlEncode(footerLink.Url)}" style="color:{LinkColour};">{WebUtility.HtmlEncode(footerLink.Label)}</a></p>
            </div>
            </body>
            </html>
            """;
    }
}
