using System.Globalization;
using System.Text;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Intake;

/// <summary>
/// The applicant's receipt: <c>GET /applications/{id}?token=</c> (page) and <c>GET /api/applications/{id}?token=</c>
/// (JSON); see <see cref="ReceiptService"/>.
/// </summary>
public static class ReceiptEndpoint
{
    public static Task<IResult> PageAsync(HttpContext context, string id, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var token = context.Request.Query["token"].ToString();
            var opened = await services.Receipts.OpenAsync(id, token, context.RequestAborted);
            var call = opened.Call ?? services.Calls.Default;
            if (opened.Expired)
            {
                return HtmlPage.Message(call, "Link verlopen", $"Deze link naar uw aanmelding is verlopen. Wilt u de status weten, mail dan naar {call.ContactEmail}.", StatusCodes.Status410Gone, LostLinkParagraph(call));
            }

            if (!opened.Found)
            {
                return HtmlPage.Message(call, "Niet gevonden", "Deze aanmelding bestaat niet, of de link is niet compleet. Gebruik de link uit de ontvangstbevestiging.", StatusCodes.Status404NotFound, LostLinkParagraph(call));
            }

            return Page(opened.Application!, call, token, services.Time.GetUtcNow());
        });

    const string ConfirmId = "f-confirm";

    static string LostLinkParagraph(CallDefinition call) =>
        $"<p class=\"utrecht-paragraph\">Een nieuwe link aanvragen: {HtmlPage.Link(LostLinkEndpoint.PathFor(call.Id), "Stuur mijn link opnieuw")}.</p>";

    /// <summary>The receipt page; <paramref name="withdrawNotice"/> says why a withdrawal did not happen.</summary>
    public static IResult Page(
        Application application, CallDefinition call, string token, DateTimeOffset now, string? withdrawNotice = null, int statusCode = StatusCodes.Status200OK) =>
        HtmlPage.Result(
            call,
            $"{(withdrawNotice is null ? "" : "Fout: ")}Ontvangstbevestiging: {application.Form.Neighbourhood}, {application.Form.Municipality}",
            Render(application, call, token, now, withdrawNotice),
            statusCode);

    public static Task<IResult> JsonAsync(HttpContext context, string id, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var opened = await services.Receipts.OpenAsync(id, context.Request.Query["token"].ToString(), context.RequestAborted);
            if (JsonRefusal(opened) is { } refusal)
            {
                return refusal;
            }

            // The version, for a change with If-Match (PUT on this address).
            context.Response.Headers.ETag = ChangeEndpoint.ETagOf(opened.Application!);
            return PrivateResult.Json(View(opened.Application!, opened.Call!));
        });

    /// <summary>What a JSON client is told when the receipt token does not open the application (410, 404); null when it does.</summary>
    public static IResult? JsonRefusal(ReceiptResult opened) =>
        opened.Expired ? Problems.Gone("Deze link is verlopen.")
        : opened.Found ? null
        : Problems.NotFound("Deze aanmelding bestaat niet, of het token klopt niet.");

    /// <summary>The application as its applicant sees it: the public status, and the outcome once the selection is final.</summary>
    public static object View(Application application, CallDefinition call)
    {
        var status = application.PublicStatus;
        var final = application.Outcome is not null;
        return new
        {
            id = application.Id,
            callId = application.CallId,
            status,
            statusText = ApplicationStatusLabels.For(status),
            submittedAt = application.SubmittedAt,
            version = application.Version,
            changedAt = application.ChangedAt,
            withdrawnAt = application.WithdrawnAt,
            outcome = final ? application.Outcome : null,
            outcomeReason = final ? ApplicantOutcome.Explanation(application, call) : null,
            application = application.Form,
        };
    }

    /// <summary>What a withdrawal means, in plain words: out of the selection, not reviewed, and the way back in while the call is open.</summary>
    static string WithdrawnText(Application app, CallDefinition call, DateTimeOffset now)
    {
        var when = app.WithdrawnAt is { } withdrawnAt ? $" op {DutchDateFormat.WithZone(withdrawnAt, call.TimeZone)}" : "";
        var html = new StringBuilder(HtmlPage.Paragraph(
            $"U heeft deze aanmelding{when} ingetrokken. Zij doet niet mee aan de selectie en wordt niet beoordeeld. Wij hebben u een bevestiging gemaild."));
        html.Append(call.IsOpenAt(now)
            ? $"<p class=\"utrecht-paragraph\">Wilt u toch meedoen? Tot en met {Html.Encode(DutchDateFormat.WithZone(call.Deadline, call.TimeZone))} kunt u de wijk opnieuw aanmelden met {HtmlPage.Link(LinkBuilder.FormPath(call.Id), "het aanmeldformulier")}. Dat wordt een nieuwe aanmelding.</p>"
            : HtmlPage.Paragraph("De aanmeldtermijn is gesloten: opnieuw aanmelden kan niet meer."));
        return html.ToString();
    }

    static string Render(Application app, CallDefinition call, string token, DateTimeOffset now, string? withdrawNotice)
    {
        var status = app.PublicStatus;
        var html = new StringBuilder();
        html.Append(HtmlPage.Heading($"Uw aanmelding voor {app.Form.Neighbourhood}, {app.Form.Municipality}"));
        var notice = new StringBuilder();
        notice.Append(CultureInfo.InvariantCulture, $"<p class=\"utrecht-paragraph\">Status: <strong>{Html.Encode(ApplicationStatusLabels.For(status))}</strong></p>");
        if (app.Outcome is not null)
        {
            notice.Append(HtmlPage.Paragraph(ApplicantOutcome.Explanation(app, call)));
        }
        else if (status == ApplicationStatus.Withdrawn)
        {
            notice.Append(WithdrawnText(app, call, now));
        }
        else if (status == ApplicationStatus.Submitted)
        {
            notice.Append(HtmlPage.Paragraph("Bewaar deze pagina of de link uit de ontvangstbevestiging. Alle aanmelders horen de uitkomst tegelijk, na de selectie."));
        }

        html.Append(HtmlPage.Alert(status == ApplicationStatus.Withdrawn ? "warning" : "info", notice.ToString()));
        html.Append(HtmlPage.SubHeading("Wat u heeft ingestuurd")).Append(ApplicationDetailsHtml.Render(app, call, a => LinkBuilder.ReceiptAttachmentPath(app.Id, a.Id, token)));
        // The applicant's right of access (AVG), and the notice that explains it.
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"utrecht-paragraph aanmelding-no-print\">{HtmlPage.Link(LinkBuilder.ExportPath(app.Id, token), "Alles wat wij over deze aanmelding bewaren downloaden (JSON)")}. Zie ook {HtmlPage.Link(LinkBuilder.PrivacyPath(call.Id), "de privacyverklaring")}.</p>");

        if (app.CanBeChanged && call.IsOpenAt(now))
        {
            html.Append("<div class=\"aanmelding-no-print\">")
                .Append(HtmlPage.SubHeading("Aanmelding wijzigen"))
                .Append(HtmlPage.Paragraph($"Tot en met {DutchDateFormat.WithZone(call.Deadline, call.TimeZone)} kunt u uw aanmelding wijzigen. De beoordelaars die haar al beoordeelden, krijgen daarover bericht."))
                .Append(CultureInfo.InvariantCulture, $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(LinkBuilder.ChangePath(app.Id, token), "Aanmelding wijzigen")}</p>")
                .Append("</div>");
        }

        if (status == ApplicationStatus.Submitted && call.IsOpenAt(now))
        {
            // Not on paper: a printed receipt is the applicant's copy of what was sent.
            html.Append(CultureInfo.InvariantCulture, $"""
                <div class="aanmelding-no-print">
                {HtmlPage.SubHeading("Aanmelding intrekken")}
                {HtmlPage.Paragraph($"U kunt uw aanmelding intrekken tot en met {DutchDateFormat.WithZone(call.Deadline, call.TimeZone)}.")}
                {HtmlPage.Paragraph("Intrekken betekent: uw aanmelding doet niet meer mee aan de selectie, en de beoordelaars beoordelen haar niet. Dat kunt u niet ongedaan maken. U krijgt een bevestiging per e-mail.")}
                {HtmlPage.Paragraph($"Wilt u daarna toch meedoen? Dan kunt u de wijk opnieuw aanmelden met het aanmeldformulier, als nieuwe aanmelding, zolang de aanmeldtermijn loopt: tot en met {DutchDateFormat.WithZone(call.Deadline, call.TimeZone)}.")}
                {(withdrawNotice is null ? "" : FormFields.ErrorSummary("Niet ingetrokken", [(ConfirmId, withdrawNotice)]))}
                <form class="utrecht-form" method="post" novalidate action="/applications/{Html.Attribute(Uri.EscapeDataString(app.Id))}/withdraw?token={Html.Attribute(Uri.EscapeDataString(token))}">
                <div class="utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced{(withdrawNotice is null ? "" : " utrecht-form-field--invalid")}">{FormFields.ErrorMessage(ConfirmId + "-fout", withdrawNotice is null ? null : [withdrawNotice])}<label class="utrecht-form-field__label utrecht-form-label utrecht-form-label--checkbox"><input class="utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="{ConfirmId}" name="{WithdrawEndpoint.ConfirmField}" value="true"{FormFields.DescribedBy(withdrawNotice is not null, withdrawNotice is null ? null : ConfirmId + "-fout")}> Ja, ik wil deze aanmelding intrekken.</label></div>
                <div class="utrecht-button-group"><button type="submit" class="utrecht-button utrecht-button--primary-action utrecht-button--danger">Aanmelding intrekken</button></div>
                </form>
                </div>
                """);
        }

        return html.ToString();
    }
}
