using System.Globalization;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Web;

/// <summary>
/// The submitted data as an NL Design System data list, the same on the receipt and on the review page: each label
/// beside its value where the line is wide enough, above it on a phone.
/// </summary>
public static class ApplicationDetailsHtml
{
    /// <param name="attachmentHref">Where each attachment downloads through the door this page was opened by.</param>
    public static string Render(Application app, CallDefinition call, Func<Attachment, string>? attachmentHref = null)
    {
        var form = app.Form;
        var html = new StringBuilder("<dl class=\"utrecht-data-list utrecht-data-list--rows utrecht-data-list--html-dl\">");
        Row(html, "Kenmerk", app.Id);
        Row(html, "Ontvangen op", DutchDateFormat.WithZone(app.SubmittedAt, call.TimeZone));
        Row(html, "Soort organisatie", ApplicationChoices.Label(ApplicationChoices.ApplicantTypes, form.ApplicantType ?? ""));
        Row(html, "Organisatie", form.Organisation);
        Row(html, "Gemeente", form.Municipality);
        Row(html, "Wijk", form.Neighbourhood);
        Row(html, "Aantal woningen", form.Homes?.ToString("N0", CultureInfo.GetCultureInfo("nl-NL")));
        Row(html, "Aardgasvrij", ApplicationChoices.Label(ApplicationChoices.GasFreeStatuses, form.GasFreeStatus ?? ""));
        Row(html, "Opgaven in de wijk", DutchList.Join(ApplicationChoices.ChallengeLabels(form.Challenges, form.ChallengesOther)));
        Item(html, "Motivatie", Html.Paragraphs(form.Motivation));
        Item(html, "Samenwerkingspartners", Html.Paragraphs(string.IsNullOrEmpty(form.Partners) ? "–" : form.Partners));
        if (app.Attachments.Count > 0 && attachmentHref is not null)
        {
            Item(html, "Bijlagen", AttachmentDownload.Links(app, attachmentHref));
        }

        Row(html, "Contactpersoon", form.Contact?.Name);
        Row(html, "E-mailadres", form.Contact?.Email);
        Row(html, "Telefoonnummer", form.Contact?.Phone);
        return html.Append("</dl>").ToString();
    }

    static void Row(StringBuilder html, string label, string? value) => Item(html, label, Html.Encode(string.IsNullOrEmpty(value) ? "–" : value));

    static void Item(StringBuilder html, string label, string valueHtml) =>
        html.Append(CultureInfo.InvariantCulture,
            $"<div class=\"utrecht-data-list__item\"><dt class=\"utrecht-data-list__item-key\">{Html.Encode(label)}</dt><dd class=\"utrecht-data-list__item-value utrecht-data-list__item-value--html-dd\">{valueHtml}</dd></div>");
}
