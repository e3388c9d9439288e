using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Core.Review;

/// <summary><c>GET /api/calls/{callId}/applications</c> (admin): every application with status, decision, score and who decided.</summary>
public static class AdminApplicationsEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string callId) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var call = context.RequestServices.GetRequiredService<CallCatalog>().Find(callId);
            if (call is null)
            {
                return Problems.NotFound("Deze oproep bestaat niet.");
            }

            var store = context.RequestServices.GetRequiredService<ApplicationStore>();
            var state = await context.RequestServices.GetRequiredService<CallStateStore>().GetAsync(callId, context.RequestAborted);
            var list = new List<Row>();
            await foreach (var app in store.ListByCallAsync(callId, context.RequestAborted))
            {
                list.Add(new Row(
                    app.Id, app.Status, app.SubmittedAt, app.Form.ApplicantType, app.Form.Organisation, app.Form.Municipality,
                    app.Form.Neighbourhood, app.Decision, app.Score, app.DecidedBy, app.DecidedAt, app.Outcome, app.Rank));
            }

            var ordered = list.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
            return Results.Json(new { callId, phase = state.Phase, count = ordered.Count, applications = ordered });
        });

    sealed record Row(
        string Id, string Status, DateTimeOffset SubmittedAt, string? ApplicantType, string? Organisation, string? Municipality,
        string? Neighbourhood, string? Decision, int? Score, string? DecidedBy, DateTimeOffset? DecidedAt, string? Outcome, int? Rank);
}
