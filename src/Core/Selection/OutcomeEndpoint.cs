using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Export;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Selection;

/// <summary><c>GET /api/calls/{callId}/outcome</c> (admin): the final selection as JSON, or as CSV with <c>Accept: text/csv</c>.</summary>
public static class OutcomeEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string callId, [AsParameters] SelectionServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var call = services.Calls.Find(callId);
            if (call is null)
            {
                return Problems.NotFound("Deze oproep bestaat niet.");
            }

            var state = await services.CallStates.GetAsync(callId, context.RequestAborted);
            if (state.Phase != CallPhase.Final)
            {
                return Problems.Conflict("not-final", "De selectie is nog niet definitief.",
                    $"De selectie wordt gemaakt na de beoordelingstermijn ({DutchDateFormat.WithZone(call.ReviewDeadline, call.TimeZone)}) of als de programmaleiding haar eerder afrondt.",
                    new Dictionary<string, object?> { ["phase"] = state.Phase });
            }

            var rows = await services.Outcomes.ListAsync(callId, context.RequestAborted);
            if (context.Request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true))
            {
                return new PrivateResult(Results.File(SelectionCsv.Write(rows), "text/csv; charset=utf-8", $"selectie-{callId}.csv"));
            }

            return PrivateResult.Json(new
            {
                callId,
                final = true,
                finalizedAt = state.FinalizedAt,
                capacity = call.Capacity,
                selected = state.Selected,
                reserve = state.Reserve,
                notSelected = state.NotSelected,
                outcomes = rows.Select(r => new
                {
                    order = r.Order,
                    rank = r.Rank,
                    id = r.ApplicationId,
                    outcome = r.Outcome,
                    reason = r.Reason,
                    municipality = r.Municipality,
                    neighbourhood = r.Neighbourhood,
                    organisation = r.Organisation,
                    applicantType = r.ApplicantType,
                    score = r.Score,
                }),
            });
        });
}
