using Aanmelding.Contracts;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Telemetry;
using Aanmelding.Core.Web;
using Aanmelding.Core.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Core.Intake;

/// <summary>
/// <c>POST /api/applications/{id}/withdraw?token=</c>: before the deadline the application becomes withdrawn and
/// its workflow is told. The browser form gets 303 back to the receipt; JSON clients the new status.
/// </summary>
public static class WithdrawEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string id, DurableTaskClient durable) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var browser = RequestBody.IsForm(context.Request);
            var (application, call, state) = await ReceiptEndpoint.LoadAsync(context, id);
            if (state == TokenState.Expired)
            {
                return browser ? HtmlPage.Message("Link verlopen", "Deze link is verlopen.", StatusCodes.Status410Gone) : Problems.Gone("Deze link is verlopen.");
            }

            if (application is null || call is null)
            {
                return browser ? HtmlPage.Message("Niet gevonden", "Deze aanmelding bestaat niet, of de link is niet compleet.", StatusCodes.Status404NotFound) : Problems.NotFound();
            }

            using var span = AanmeldingTelemetry.StartForApplication("Withdraw application", application.Id, call.Id);
            var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!call.IsOpenAt(now))
            {
                var message = $"Intrekken kon tot {DutchDateFormat.WithZone(call.Deadline, call.TimeZone)}.";
                return browser ? HtmlPage.Message("Intrekken niet meer mogelijk", message, StatusCodes.Status409Conflict) : Problems.CallClosed(message);
            }

            var store = context.RequestServices.GetRequiredService<ApplicationStore>();
            var updated = await store.UpdateAsync(id, current => current.Status switch
            {
                ApplicationStatus.Withdrawn => null,
                ApplicationStatus.Submitted or ApplicationStatus.Approved or ApplicationStatus.Rejected =>
                    current with { Status = ApplicationStatus.Withdrawn, WithdrawnAt = now },
                _ => null,
            }, context.RequestAborted);

            if (updated is null || updated.Status != ApplicationStatus.Withdrawn)
            {
                var message = "Deze aanmelding kan niet meer worden ingetrokken.";
                return browser ? HtmlPage.Message("Intrekken niet mogelijk", message, StatusCodes.Status409Conflict) : Problems.Conflict("not-withdrawable", "Intrekken niet mogelijk.", message);
            }

            // The organisation may apply for this wijk again; the workflow tells the coordinators.
            await context.RequestServices.GetRequiredService<ClaimStore>().ReleaseAsync(call.Id, SubmissionService.NeighbourhoodClaimKey(updated.Form), id, context.RequestAborted);
            // Withdrawn right after submitting, its workflow may still be waiting to start (intake first): an event
            // for an instance that does not exist yet would be lost.
            await context.RequestServices.GetRequiredService<WorkflowStarter>().StartApplicationWorkflowAsync(durable, updated, context.RequestAborted);
            await durable.RaiseEventAsync(ApplicationReference.WorkflowInstanceId(id), WorkflowEvents.Withdrawn, true, context.RequestAborted);

            if (browser)
            {
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                context.Response.Headers.Location = LinkBuilder.ReceiptPath(id, context.Request.Query["token"].ToString());
                return Results.Empty;
            }

            return Results.Json(ReceiptEndpoint.View(updated));
        });
}
