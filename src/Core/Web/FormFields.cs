using System.Text;

namespace Aanmelding.Core.Web;

/// <summary>
/// The NL Design System form-field markup that the application form and the review form share: a field with its
/// label, hint and error message, the attributes that tie them to the control, and the error summary.
/// </summary>
public static class FormFields
{
    public static string Field(bool invalid, string inner) =>
        $"<div class=\"utrecht-form-field utrecht-form-field--distanced{(invalid ? " utrecht-form-field--invalid" : "")}\">{inner}</div>";

    public static string Label(string forId, string text) =>
        $"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{forId}\">{Html.Encode(text)}</label></div>";

    /// <summary>The hint under a label, or nothing.</summary>
    public static string Description(string id, string? text) =>
        text is null ? "" : DescriptionHtml(id, Html.Encode(text));

    /// <summary>A field's description that holds markup already encoded (a link).</summary>
    public static string DescriptionHtml(string id, string innerHtml) =>
        $"<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"{id}\">{innerHtml}</div>";

    /// <summary>A field's error message, or nothing when it has none.</summary>
    public static string ErrorMessage(string id, IEnumerable<string>? messages) =>
        messages is null ? "" : $"<div class=\"utrecht-form-field__error-message utrecht-form-field-error-message\" id=\"{id}\">{string.Join(" ", messages.Select(Html.Encode))}</div>";

    /// <summary><c>aria-invalid</c> and <c>aria-describedby</c> (error message first, then hint) for a control; absent ids are left out.</summary>
    public static string DescribedBy(bool invalid, params string?[] ids)
    {
        var present = ids.Where(id => id is not null).ToList();
        return (invalid ? " aria-invalid=\"true\"" : "") + (present.Count > 0 ? $" aria-describedby=\"{string.Join(' ', present)}\"" : "");
    }

    /// <summary>
    /// Every mistake as a link to its field. It takes the focus when the page opens (<c>autofocus</c>, so no script is
    /// needed) and is read out first.
    /// </summary>
    public static string ErrorSummary(string heading, IEnumerable<(string TargetId, string Message)> mistakes)
    {
        var html = new StringBuilder("<div class=\"utrecht-alert utrecht-alert--error\" role=\"alert\" id=\"fouten\" tabindex=\"-1\" autofocus aria-labelledby=\"fouten-titel\">");
        html.Append("<div class=\"utrecht-alert__content\"><div class=\"utrecht-alert__message\">")
            .Append("<h2 class=\"utrecht-heading-2\" id=\"fouten-titel\">").Append(Html.Encode(heading)).Append("</h2>")
            .Append("<ul class=\"utrecht-unordered-list\">");
        foreach (var (targetId, message) in mistakes)
        {
            html.Append("<li class=\"utrecht-unordered-list__item\">").Append(HtmlPage.Link($"#{targetId}", message)).Append("</li>");
        }

        return html.Append("</ul></div></div></div>").ToString();
    }
}
