using System.Text;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web.Assets;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Web;

/// <summary>
/// The one page layout: Dutch, built from NL Design System components (<see cref="PageAssets"/>), readable without
/// CSS and needing no JavaScript. Every page names its call and where to ask questions.
/// </summary>
public static class HtmlPage
{
    /// <summary>The whole document.</summary>
    /// <param name="call">The call the page belongs to: its title heads the page, its contact address is in the footer.</param>
    /// <param name="title">What the page shows, first in the window title (the call's title follows).</param>
    /// <param name="body">The main content, already encoded.</param>
    public static string Render(CallDefinition call, string title, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\" class=\"utrecht-root voorbeeld-theme aanmelding-theme\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>").Append(Html.Encode($"{title} – {call.Title}")).Append("</title>\n");
        foreach (var stylesheet in PageAssets.Stylesheets)
        {
            html.Append("<link rel=\"stylesheet\" href=\"").Append(Html.Attribute(stylesheet.Href)).Append("\">\n");
        }

        var contact = Html.Encode(call.ContactEmail);
        html.Append("</head>\n<body class=\"utrecht-body\">\n")
            .Append("<a class=\"utrecht-skip-link utrecht-skip-link--visible-on-focus\" href=\"#inhoud\">Naar de inhoud</a>\n")
            .Append("<div class=\"utrecht-page-layout\">\n")
            .Append("<header class=\"utrecht-page-header\"><div class=\"utrecht-page-header__content\">")
            .Append("<p class=\"aanmelding-brand\">").Append(Html.Encode(call.Title)).Append("</p>")
            .Append("<p class=\"aanmelding-brand-subtitle\">Een oproep van ").Append(Html.Encode(call.OrganisersText)).Append("</p>")
            .Append("</div></header>\n")
            .Append("<main class=\"utrecht-page-body\" id=\"inhoud\"><div class=\"utrecht-page-body__content\">\n")
            .Append(body)
            .Append("\n</div></main>\n")
            .Append("<footer class=\"utrecht-page-footer\"><div class=\"utrecht-page-footer__content\">")
            .Append("<p class=\"utrecht-paragraph\">Vragen over deze oproep? Mail naar ")
            .Append("<a class=\"utrecht-link utrecht-link--html-a\" href=\"mailto:").Append(Html.Attribute(call.ContactEmail)).Append("\">").Append(contact).Append("</a>.</p>")
            .Append("<p class=\"utrecht-paragraph\">").Append(Html.Encode(call.OrganisersText)).Append("</p>")
            .Append("</div></footer>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static IResult Result(CallDefinition call, string title, string body, int statusCode = StatusCodes.Status200OK) =>
        new HtmlPageResult(Render(call, title, body), statusCode);

    /// <summary>A short page with one message, for errors and confirmations.</summary>
    public static IResult Message(CallDefinition call, string title, string message, int statusCode, string? extraHtml = null) =>
        Result(call, title, $"{Heading(title)}{Paragraph(message)}{extraHtml}", statusCode);

    public static string Heading(string text) => $"<h1 class=\"utrecht-heading-1\">{Html.Encode(text)}</h1>";

    public static string SubHeading(string text) => $"<h2 class=\"utrecht-heading-2\">{Html.Encode(text)}</h2>";

    public static string Paragraph(string text) => $"<p class=\"utrecht-paragraph\">{Html.Encode(text)}</p>";

    /// <summary>A notice (<c>info</c>, <c>ok</c>, <c>warning</c> or <c>error</c>) that a screen reader reads out when the page opens.</summary>
    public static string Alert(string type, string innerHtml) =>
        $"<div class=\"utrecht-alert utrecht-alert--{type}\" role=\"status\"><div class=\"utrecht-alert__content\"><div class=\"utrecht-alert__message\">{innerHtml}</div></div></div>";

    public static string Link(string href, string text) =>
        $"<a class=\"utrecht-link utrecht-link--html-a\" href=\"{Html.Attribute(href)}\">{Html.Encode(text)}</a>";
}
