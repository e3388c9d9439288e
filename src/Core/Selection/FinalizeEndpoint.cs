using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Aanmelding.Core.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Core.Selection;

/// <summary>
/// <c>POST /api/calls/{callId}/finalize</c> (admin): finalise before the review deadline. Refused while intake is
/// open; a second request changes nothing.
/// </summary>
public static class FinalizeEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string callId, DurableTaskClient durable) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var services = context.RequestServices;
            var call = services.GetRequiredService<CallCatalog>().Find(callId);
            if (call is null)
            {
                return Problems.NotFound("Deze oproep bestaat niet.");
            }

            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (call.IsOpenAt(now))
            {
                return Problems.Conflict("call-open", "Aanmelden is nog open.",
                    $"Afronden kan pas na de deadline van {DutchDateFormat.WithZone(call.Deadline, call.TimeZone)}.");
            }

            var state = await services.GetRequiredService<CallStateStore>().GetAsync(callId, context.RequestAborted);
            if (state.Phase == CallPhase.Final)
            {
                return Results.Json(new { callId, phase = state.Phase, selected = state.Selected, reserve = state.Reserve, notSelected = state.NotSelected });
            }

            await CallWorkflowStarter.EnsureStartedAsync(durable, callId, context.RequestAborted);
            await durable.RaiseEventAsync(CallWorkflow.InstanceId(callId), WorkflowEvents.FinalizeRequested, true, context.RequestAborted);
            var statusUrl = $"/api/calls/{Uri.EscapeDataString(callId)}/outcome";
            return Results.Accepted(statusUrl, new { callId, phase = CallPhase.Finalizing, statusUrl });
        });
}
