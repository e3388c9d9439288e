using System.Globalization;
using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Core.Intake;

/// <summary>
/// The applicant's receipt: <c>GET /applications/{id}?token=</c> (page) and <c>GET /api/applications/{id}?token=</c>
/// (JSON). A missing or wrong token is answered exactly like an unknown id, so ids cannot be probed.
/// </summary>
public static class ReceiptEndpoint
{
    public static Task<IResult> PageAsync(HttpContext context, string id) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (application, call, state) = await LoadAsync(context, id);
            if (state == TokenState.Expired)
            {
                return HtmlPage.Message("Link verlopen", "Deze link naar uw aanmelding is verlopen. Neem contact op met Platform31 als u de status wilt weten.", StatusCodes.Status410Gone);
            }

            if (application is null || call is null)
            {
                return HtmlPage.Message("Niet gevonden", "Deze aanmelding bestaat niet, of de link is niet compleet. Gebruik de link uit de ontvangstbevestiging.", StatusCodes.Status404NotFound);
            }

            var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Response.Headers.CacheControl = "no-store";
            return HtmlPage.Result($"Aanmelding {application.Id}", Render(application, call, context.Request.Query["token"].ToString(), now), subtitle: call.Title);
        });

    public static Task<IResult> JsonAsync(HttpContext context, string id) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (application, call, state) = await LoadAsync(context, id);
            if (state == TokenState.Expired)
            {
                return Problems.Gone("Deze link is verlopen.");
            }

            return application is null || call is null ? Problems.NotFound("Deze aanmelding bestaat niet, of het token klopt niet.") : Results.Json(View(application));
        });

    public static object View(SubmittedApplication application)
    {
        var status = StatusLabels.Public(application.Status);
        var final = application.Outcome is not null;
        return new
        {
            id = application.Id,
            callId = application.CallId,
            status,
            statusText = StatusLabels.For(status),
            submittedAt = application.SubmittedAt,
            withdrawnAt = application.WithdrawnAt,
            outcome = final ? application.Outcome : null,
            outcomeReason = final ? application.OutcomeReason : null,
            application = application.Form,
        };
    }

    internal static async Task<(SubmittedApplication? Application, CallDefinition? Call, TokenState State)> LoadAsync(HttpContext context, string id)
    {
        var services = context.RequestServices;
        if (!ApplicationReference.IsWellFormed(id))
        {
            return (null, null, TokenState.Invalid);
        }

        // Check the signature before touching storage: a wrong token costs no read and reveals nothing.
        var check = services.GetRequiredService<ReceiptTokens>().Verify(id, context.Request.Query["token"].ToString());
        if (!check.IsValid)
        {
            return (null, null, check.State);
        }

        var found = await services.GetRequiredService<ApplicationLookup>().FindAsync(id, context.RequestAborted);
        return (found?.Application, found?.Call, TokenState.Valid);
    }

    static string Render(SubmittedApplication app, CallDefinition call, string token, DateTimeOffset now)
    {
        var status = StatusLabels.Public(app.Status);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>Uw aanmelding {Html.Encode(app.Id)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"notice\" role=\"status\"><p>Status: <strong>{Html.Encode(StatusLabels.For(status))}</strong></p>");
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
                <form method="post" action="/api/applications/{Html.Attribute(Uri.EscapeDataString(app.Id))}/withdraw?token={Html.Attribute(Uri.EscapeDataString(token))}">
                <div class="field"><label class="choice"><input type="checkbox" name="confirm" value="true" required> Ja, ik wil deze aanmelding intrekken.</label></div>
                <button type="submit" class="danger">Aanmelding intrekken</button>
                </form>
                """);
        }

        return html.ToString();
    }
}
