using System.Globalization;
using System.Text;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Office;

/// <summary>
/// The selection as it would come out now (rank, reserve list, reason per application) before anything is sent, with
/// a warning about applications nobody reviewed and a form that finalises only with an explicit confirmation.
/// </summary>
public static class SelectionPreviewPage
{
    public const string ConfirmField = "bevestigen";

    public static string PathFor(string callId) => LinkBuilder.OfficePath(callId) + "/selection";

    public static HtmlPageResult Render(CallDefinition call, OfficeSession session, OfficeServices services, SelectionPreview preview, bool open, string? error = null)
    {
        var html = new StringBuilder();
        if (error is not null)
        {
            html.Append(FormFields.ErrorSummary("De selectie is niet definitief gemaakt", [(ConfirmField, error)]));
        }

        html.Append("<p class=\"utrecht-paragraph\">").Append(HtmlPage.Link(LinkBuilder.OfficePath(call.Id), "Terug naar het overzicht")).Append("</p>");
        if (preview.Final)
        {
            html.Append(HtmlPage.Heading("De selectie"))
                .Append(HtmlPage.Alert("info", "<p class=\"utrecht-paragraph\"><strong>De selectie is definitief.</strong> Alle aanmelders hebben bericht gekregen.</p>"))
                .Append(HtmlPage.Paragraph("Valt een geselecteerde wijk af, kies dan bij die wijk \u201cVervangen\u201d: de plaats gaat naar de eerste op de reservelijst, en beide aanmelders krijgen bericht."));
        }
        else
        {
            html.Append(HtmlPage.Heading("Voorlopige selectie"))
                .Append(HtmlPage.Paragraph($"Zo zou de selectie uitvallen als zij nu definitief werd: {preview.Selected} van de {call.Capacity} plaatsen bezet. Er is nog niets verstuurd."));
            if (preview.Undecided > 0)
            {
                var count = preview.Undecided == 1 ? "1 aanmelding is" : $"{preview.Undecided} aanmeldingen zijn";
                html.Append(HtmlPage.Alert("warning", $"<p class=\"utrecht-paragraph\"><strong>{Html.Encode(count)} door niemand beoordeeld.</strong> Een aanmelding zonder goedkeuring wordt niet geselecteerd.</p>"));
            }
        }

        html.Append(Table(call, preview));
        if (!preview.Final)
        {
            html.Append(open
                ? HtmlPage.Paragraph("De aanmeldtermijn loopt nog: de selectie kan pas definitief worden als die gesloten is.")
                : ConfirmForm(call, session, services, error is not null));
        }

        return OfficePage.Render(call, session, services, error is null ? (preview.Final ? "De selectie" : "Voorlopige selectie") : "Fout: voorlopige selectie", html.ToString(),
            error is null ? 200 : 400);
    }

    static string Table(CallDefinition call, SelectionPreview preview)
    {
        if (preview.Rows.Count == 0)
        {
            return HtmlPage.Paragraph("Er zijn geen aanmeldingen in behandeling.");
        }

        var html = new StringBuilder("<div class=\"aanmelding-scroll\" role=\"region\" aria-label=\"Selectie\" tabindex=\"0\"><table class=\"utrecht-table utrecht-table--html-table\"><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">");
        foreach (var header in preview.Final ? ["Rang", "Wijk", "Gemeente", "Uitkomst", "Reden", "Vervangen"] : new[] { "Rang", "Wijk", "Gemeente", "Uitkomst", "Reden" })
        {
            html.Append("<th class=\"utrecht-table__header-cell\" scope=\"col\">").Append(header).Append("</th>");
        }

        html.Append("</tr></thead><tbody class=\"utrecht-table__body\">");
        foreach (var (app, outcome) in preview.Rows)
        {
            html.Append("<tr class=\"utrecht-table__row\"><td class=\"utrecht-table__cell\">").Append(outcome.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–").Append("</td>")
                .Append("<td class=\"utrecht-table__cell\">").Append(HtmlPage.Link(LinkBuilder.OfficeApplicationPath(call.Id, app.Id), app.Form.Neighbourhood ?? app.Id)).Append("</td>")
                .Append("<td class=\"utrecht-table__cell\">").Append(Html.Encode(app.Form.Municipality)).Append("</td>")
                .Append("<td class=\"utrecht-table__cell\">").Append(Html.Encode(ApplicationStatusLabels.For(outcome.Outcome))).Append("</td>")
                .Append("<td class=\"utrecht-table__cell\">").Append(Html.Encode(outcome.Reason)).Append("</td>");
            if (preview.Final)
            {
                // Only a selected one can drop out; its replacement is the first on the reserve list.
                html.Append("<td class=\"utrecht-table__cell\">")
                    .Append(Replacement.CanDropOut(app) ? HtmlPage.Link(LinkBuilder.OfficeReplacementPath(call.Id, app.Id), $"Vervangen ({app.Form.Neighbourhood})") : "–")
                    .Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    static string ConfirmForm(CallDefinition call, OfficeSession session, OfficeServices services, bool invalid) =>
        HtmlPage.SubHeading("Definitief maken")
        + HtmlPage.Paragraph("Als de selectie definitief is, krijgen alle aanmelders tegelijk bericht en kunnen beoordelingen niet meer worden gewijzigd. Dat kan niet ongedaan worden gemaakt.")
        + $"<form class=\"utrecht-form\" method=\"post\" action=\"{Html.Attribute(PathFor(call.Id))}\">{OfficeAccess.FormTokenInput(services, session)}"
        + FormFields.Field(invalid,
            FormFields.ErrorMessage($"{ConfirmField}-fout", invalid ? ["Vink aan dat u de selectie definitief wilt maken."] : null)
            + $"<div class=\"utrecht-form-field__input\"><input class=\"utrecht-checkbox utrecht-checkbox--html-input\" type=\"checkbox\" id=\"{ConfirmField}\" name=\"{ConfirmField}\" value=\"ja\"{FormFields.DescribedBy(invalid, invalid ? $"{ConfirmField}-fout" : null)}> "
            + $"<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{ConfirmField}\">Ik heb de voorlopige selectie bekeken en wil haar definitief maken.</label></div>")
        + "<button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\">Selectie definitief maken</button></form>";
}
