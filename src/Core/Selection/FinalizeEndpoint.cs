using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Selection;

/// <summary><c>POST /api/calls/{callId}/finalize</c> (admin): finalise before the review deadline (see <see cref="FinalizeService"/>).</summary>
public static class FinalizeEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string callId, DurableTaskClient durable, [AsParameters] SelectionServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var result = await services.Finalizing.RequestAsync(callId, durable, context.RequestAborted);
            switch (result.Outcome)
            {
                case FinalizeOutcome.Requested:
                    var statusUrl = $"/api/calls/{Uri.EscapeDataString(callId)}/outcome";
                    return Results.Accepted(statusUrl, new { callId, phase = CallPhase.Finalizing, statusUrl });
                case FinalizeOutcome.AlreadyFinal:
                    var state = result.State!;
                    return Results.Json(new { callId, phase = state.Phase, selected = state.Selected, reserve = state.Reserve, notSelected = state.NotSelected });
                case FinalizeOutcome.CallOpen:
                    return Problems.Conflict("call-open", "Aanmelden is nog open.",
                        $"Afronden kan pas na de deadline van {DutchDateFormat.WithZone(result.Call!.Deadline, result.Call.TimeZone)}.");
                default:
                    return Problems.NotFound("Deze oproep bestaat niet.");
            }
        });
}
