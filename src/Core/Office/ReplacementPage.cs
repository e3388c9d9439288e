using System.Globalization;
using System.Text;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Office;

/// <summary>
/// Replacing a selected application that dropped out: who takes its place and a confirmation form; or, once asked,
/// what happens now; or why it cannot be done.
/// </summary>
public static class ReplacementPage
{
    public const string ConfirmField = "bevestigen";

    public static IResult Render(CallDefinition call, OfficeSession session, OfficeServices services, ReplacementPlan plan, bool confirmed, bool error = false)
    {
        var back = $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(SelectionPreviewPage.PathFor(call.Id), "Naar de selectie")}</p>";
        if (plan.Dropped is not { } dropped)
        {
            return HtmlPage.Message(call, "Niet gevonden", "Deze oproep heeft geen aanmelding met dit kenmerk.", StatusCodes.Status404NotFound, back);
        }

        var place = Place(dropped);
        var html = new StringBuilder("<p class=\"utrecht-paragraph\">")
            .Append(HtmlPage.Link(LinkBuilder.OfficeApplicationPath(call.Id, dropped.Id), $"Terug naar {place}")).Append("</p>");
        switch (plan.Outcome)
        {
            case ReplacementOutcome.NotSelected:
                html.Append(HtmlPage.Heading($"Vervangen niet mogelijk: {place}"))
                    .Append(HtmlPage.Paragraph("Alleen een aanmelding die in de definitieve selectie is geselecteerd, kan worden vervangen door de eerste op de reservelijst."))
                    .Append(back);
                return OfficePage.Render(call, session, services, $"Vervangen niet mogelijk: {place}", html.ToString(), StatusCodes.Status409Conflict);

            case ReplacementOutcome.NoReserve:
                html.Append(HtmlPage.Heading($"Vervangen niet mogelijk: {place}"))
                    .Append(HtmlPage.Paragraph("Er staat niemand (meer) op de reservelijst: er is geen aanmelding die de plaats kan innemen."))
                    .Append(back);
                return OfficePage.Render(call, session, services, $"Vervangen niet mogelijk: {place}", html.ToString(), StatusCodes.Status409Conflict);

            case ReplacementOutcome.AlreadyReplaced:
                var replacement = dropped.DroppedOut!;
                html.Append(HtmlPage.Heading($"Al vervangen: {place}"))
                    .Append(HtmlPage.Paragraph(
                        $"{place} is op {DutchDateFormat.WithZone(replacement.At, call.TimeZone)} vervangen door {(plan.Reserve is { } r ? Place(r) : replacement.ReserveId)}. " +
                        "Beide aanmelders krijgen of kregen daarover bericht; er is niets opnieuw gedaan."))
                    .Append(back);
                return OfficePage.Render(call, session, services, $"Al vervangen: {place}", html.ToString());
        }

        var reserve = plan.Reserve!;
        if (confirmed)
        {
            html.Append(HtmlPage.Heading($"Vervanging in gang gezet: {place}"))
                .Append(HtmlPage.Alert("info",
                    HtmlPage.Paragraph($"{Place(reserve)} neemt de plaats in van {place}. Beide aanmelders krijgen binnen enkele minuten bericht per e-mail.")))
                .Append(back);
            return OfficePage.Render(call, session, services, $"Vervanging in gang gezet: {place}", html.ToString());
        }

        if (error)
        {
            html.Append(FormFields.ErrorSummary("Er is niets vervangen", [(ConfirmField, "Vink aan dat u de vervanging wilt doorvoeren.")]));
        }

        html.Append(HtmlPage.Heading($"Vervangen: {place}"))
            .Append(HtmlPage.Paragraph("Valt een geselecteerde wijk af, dan gaat de plaats naar de eerste op de reservelijst. Beide aanmelders krijgen daarover bericht per e-mail. Dat kan niet ongedaan worden gemaakt."))
            .Append(HtmlPage.SubHeading("Valt af"))
            .Append(DashboardPage.Facts(("Wijk", dropped.Form.Neighbourhood ?? ""), ("Gemeente", dropped.Form.Municipality ?? ""), ("Organisatie", dropped.Form.Organisation ?? ""), ("Rang", RankText(dropped))))
            .Append(HtmlPage.SubHeading("Neemt de plaats in"))
            .Append(DashboardPage.Facts(("Wijk", reserve.Form.Neighbourhood ?? ""), ("Gemeente", reserve.Form.Municipality ?? ""), ("Organisatie", reserve.Form.Organisation ?? ""), ("Plaats op de reservelijst", RankText(reserve))))
            .Append(CultureInfo.InvariantCulture, $"<form class=\"utrecht-form\" method=\"post\" action=\"{Html.Attribute(LinkBuilder.OfficeReplacementPath(call.Id, dropped.Id))}\">{OfficeAccess.FormTokenInput(services, session)}")
            .Append(FormFields.Field(error,
                FormFields.ErrorMessage($"{ConfirmField}-fout", error ? ["Vink aan dat u de vervanging wilt doorvoeren."] : null)
                + $"<div class=\"utrecht-form-field__input\"><input class=\"utrecht-checkbox utrecht-checkbox--html-input\" type=\"checkbox\" id=\"{ConfirmField}\" name=\"{ConfirmField}\" value=\"ja\"{FormFields.DescribedBy(error, error ? $"{ConfirmField}-fout" : null)}> "
                + $"<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{ConfirmField}\">{Html.Encode($"{place} doet niet meer mee; de plaats gaat naar {Place(reserve)}.")}</label></div>"))
            .Append("<button class=\"utrecht-button utrecht-button--primary-action\" type=\"submit\">Vervangen en beide aanmelders bericht sturen</button></form>");
        return OfficePage.Render(call, session, services, error ? $"Fout: vervangen: {place}" : $"Vervangen: {place}", html.ToString(),
            error ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    static string Place(Application application) => $"{application.Form.Neighbourhood}, {application.Form.Municipality}";

    static string RankText(Application application) => application.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
