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
            if (opened.Expired)
            {
                return HtmlPage.Message("Link verlopen", "Deze link naar uw aanmelding is verlopen. Neem contact op met Platform31 als u de status wilt weten.", StatusCodes.Status410Gone);
            }

            if (!opened.Found)
            {
                return HtmlPage.Message("Niet gevonden", "Deze aanmelding bestaat niet, of de link is niet compleet. Gebruik de link uit de ontvangstbevestiging.", StatusCodes.Status404NotFound);
            }

            return Page(opened.Application!, opened.Call!, token, services.Time.GetUtcNow(), context);
        });

    /// <summary>The receipt page; <paramref name="withdrawNotice"/> says why a withdrawal did not happen.</summary>
    public static IResult Page(
        Application application, CallDefinition call, string token, DateTimeOffset now, HttpContext context, string? withdrawNotice = null, int statusCode = StatusCodes.Status200OK)
    {
        context.Response.Headers.CacheControl = "no-store";
        return HtmlPage.Result($"Aanmelding {application.Id}", Render(application, call, token, now, withdrawNotice), statusCode, subtitle: call.Title);
    }

    public static Task<IResult> JsonAsync(HttpContext context, string id, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var opened = await services.Receipts.OpenAsync(id, context.Request.Query["token"].ToString(), context.RequestAborted);
            if (opened.Expired)
            {
                return Problems.Gone("Deze link is verlopen.");
            }

            return opened.Found ? Results.Json(View(opened.Application!)) : Problems.NotFound("Deze aanmelding bestaat niet, of het token klopt niet.");
        });

    /// <summary>The application as its applicant sees it: the public status, and the outcome once the selection is final.</summary>
    public static object View(Application application)
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
            withdrawnAt = application.WithdrawnAt,
            outcome = final ? application.Outcome : null,
            outcomeReason = final ? application.OutcomeReason : null,
            application = application.Form,
        };
    }

    static string Render(Application app, CallDefinition call, string token, DateTimeOffset now, string? withdrawNotice)
    {
        var status = app.PublicStatus;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>Uw aanmelding {Html.Encode(app.Id)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"notice\" role=\"status\"><p>Status: <strong>{Html.Encode(ApplicationStatusLabels.For(status))}</strong></p>");
        if (app.Outcome is not null && app.OutcomeReason is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{Html.Encode(app.OutcomeReason)}</p>");
        }
        else if (status == ApplicationStatus.Submitted)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Bewaar deze pagina of de link uit de ontvangstbevestiging. Alle aanmelders horen de uitkomst tegelijk, na de selectie.</p>");
        }

        html.Append("</div>");
        html.Append("<h2>Wat u heeft ingestuurd</h2>").Append(ApplicationDetailsHtml.Render(app, call));

        if (status == ApplicationStatus.Submitted && call.IsOpenAt(now))
        {
            html.Append(CultureInfo.InvariantCulture, $"""
                <h2>Aanmelding intrekken</h2>
                <p>U kunt uw aanmelding intrekken tot {Html.Encode(DutchDateFormat.WithZone(call.Deadline, call.TimeZone))}. Daarna kunt u voor deze wijk opnieuw aanmelden.</p>
                {(withdrawNotice is null ? "" : $"<div class=\"summary\" role=\"alert\"><p><a href=\"#f-confirm\">{Html.Encode(withdrawNotice)}</a></p></div>")}
                <form method="post" action="/api/applications/{Html.Attribute(Uri.EscapeDataString(app.Id))}/withdraw?token={Html.Attribute(Uri.EscapeDataString(token))}">
                <div class="field{(withdrawNotice is null ? "" : " invalid")}"><label class="choice"><input type="checkbox" id="f-confirm" name="{WithdrawEndpoint.ConfirmField}" value="true" required{(withdrawNotice is null ? "" : " aria-invalid=\"true\"")}> Ja, ik wil deze aanmelding intrekken.</label></div>
                <button type="submit" class="danger">Aanmelding intrekken</button>
                </form>
                """);
        }

        return html.ToString();
    }
}
