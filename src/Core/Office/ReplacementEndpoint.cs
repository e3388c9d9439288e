using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Office;

/// <summary>
/// <c>GET /office/{callId}/applications/{id}/replace</c>: who would take the place of this selected application (the
/// first on the reserve list), with a form that asks for an explicit confirmation; changes nothing.
/// <c>POST</c> the same: with the session's form token and the confirmation, the replacement starts
/// (<see cref="ReplacementService"/>); a second click finds it started or done and starts nothing.
/// </summary>
public static class ReplacementEndpoint
{
    public static Task<IResult> PageAsync(HttpContext context, string callId, string id, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, session, refusal) = OfficeAccess.Enter(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            var plan = await services.Replacements.PlanAsync(call!, id, context.RequestAborted);
            return ReplacementPage.Render(call!, session!, services, plan, confirmed: false);
        });

    public static Task<IResult> ReplaceAsync(HttpContext context, string callId, string id, DurableTaskClient durable, [AsParameters] OfficeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var (call, session, fields, refusal) = await OfficeAccess.EnterFormAsync(context, callId, services);
            if (refusal is not null)
            {
                return refusal;
            }

            if (PageForm.Field(fields!, ReplacementPage.ConfirmField) != "ja")
            {
                var plan = await services.Replacements.PlanAsync(call!, id, context.RequestAborted);
                return ReplacementPage.Render(call!, session!, services, plan, confirmed: false, error: true);
            }

            var requested = await services.Replacements.RequestAsync(call!, session!, id, durable, context.RequestAborted);
            return ReplacementPage.Render(call!, session!, services, requested, confirmed: true);
        });
}
