using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Office;

/// <summary>
/// <c>GET /office/{callId}</c> (the overview, <c>?status=&amp;gemeente=&amp;pagina=</c>), <c>GET
/// /office/{callId}/applications/{id}</c> (one application with its reviews and trail) and <c>GET
/// /office/{callId}/export</c> (CSV), all behind the sign-in (<see cref="OfficeAccess"/>).
/// </summary>
public static class DashboardEndpoint
{
    public static Task<IResult> OverviewAsync(HttpContext context, string callId, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, session, refusal) = OfficeAccess.Enter(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            var view = await services.Dashboard.ViewAsync(call!, DashboardFilter.From(context.Request.Query), context.RequestAborted);
            return DashboardPage.Overview(call!, session!, services, view);
        });

    public static Task<IResult> ApplicationAsync(HttpContext context, string callId, string id, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, session, refusal) = OfficeAccess.Enter(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            return await services.Dashboard.FindAsync(call!, id, context.RequestAborted) is { } found
                ? DashboardPage.Application(call!, session!, services, found.Row, found.Trail)
                : HtmlPage.Message(call!, "Niet gevonden", "Deze oproep heeft geen aanmelding met dit kenmerk.", StatusCodes.Status404NotFound,
                    $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(LinkBuilder.OfficePath(call!.Id), "Naar het overzicht")}</p>");
        });

    public static Task<IResult> ExportAsync(HttpContext context, string callId, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, _, refusal) = OfficeAccess.Enter(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            var rows = await services.Dashboard.ListAsync(call!, context.RequestAborted);
            return new PrivateResult(Results.File(ApplicationsCsv.Write(call!, rows), "text/csv; charset=utf-8", $"aanmeldingen-{call!.Id}.csv"));
        });
}
