using System.Text;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Privacy;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Office;

/// <summary>
/// <c>POST /office/{callId}/applications/{id}/erase</c>: the programme office erases an application's personal data at
/// the applicant's request, through the same <see cref="ErasureService"/> as the admin route; with the session's form
/// token and the box ticked. The form is at the bottom of the application's page.
/// </summary>
public static class OfficeErasureEndpoint
{
    public const string ConfirmField = "wissen";

    public static Task<IResult> EraseAsync(HttpContext context, string callId, string id, DurableTaskClient durable, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, session, fields, refusal) = await OfficeAccess.EnterFormAsync(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            var back = $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(LinkBuilder.OfficePath(call!.Id), "Terug naar het overzicht")}</p>";
            if (PageForm.Field(fields!, ConfirmField) != "ja")
            {
                return OfficePage.Render(call, session!, services, "Fout: niets gewist",
                    HtmlPage.Heading("Niets gewist") + HtmlPage.Paragraph("Vink aan dat u alle gegevens van deze aanmelding wilt wissen.")
                    + $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(LinkBuilder.OfficeApplicationPath(call.Id, id), "Terug naar de aanmelding")}</p>",
                    StatusCodes.Status400BadRequest);
            }

            var erased = await services.Erasure.EraseAsync(id, ErasureReason.Request, durable, context.RequestAborted, call.Id);
            return erased
                ? OfficePage.Render(call, session!, services, "Aanmelding gewist",
                    HtmlPage.Heading("Aanmelding gewist") + HtmlPage.Alert("ok", HtmlPage.Paragraph($"Alle gegevens van aanmelding {id} zijn gewist. De wijk kan opnieuw worden aangemeld zolang de oproep open is.")) + back)
                : OfficePage.Render(call, session!, services, "Niet gevonden",
                    HtmlPage.Heading("Niet gevonden") + HtmlPage.Paragraph("Deze aanmelding bestaat niet, of is al gewist.") + back, StatusCodes.Status404NotFound);
        });

    /// <summary>The form on the application's page: a box to tick and the button.</summary>
    public static string Form(CallDefinition call, OfficeSession session, OfficeServices services, string applicationId)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"aanmelding-no-print\">").Append(HtmlPage.SubHeading("Gegevens wissen"))
            .Append(HtmlPage.Paragraph("Vraagt de aanmelder om wissen (AVG)? Dit wist de aanmelding met alle antwoorden, contactgegevens, beoordelingen, de uitkomst en de verstuurde e-mails. Dat kan niet ongedaan worden."))
            .Append($"<form class=\"utrecht-form\" method=\"post\" action=\"{Html.Attribute(LinkBuilder.OfficeErasurePath(call.Id, applicationId))}\">{OfficeAccess.FormTokenInput(services, session)}")
            .Append(FormFields.Field(false,
                $"<div class=\"utrecht-form-field__input\"><input class=\"utrecht-checkbox utrecht-checkbox--html-input\" type=\"checkbox\" id=\"{ConfirmField}\" name=\"{ConfirmField}\" value=\"ja\"> "
                + $"<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{ConfirmField}\">Ja, wis alle gegevens van aanmelding {Html.Encode(applicationId)}.</label></div>"))
            .Append("<div class=\"utrecht-button-group\"><button class=\"utrecht-button utrecht-button--secondary-action\" type=\"submit\">Gegevens wissen</button></div></form></div>");
        return html.ToString();
    }
}
