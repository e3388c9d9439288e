using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Intake;

/// <summary>
/// <c>POST /api/applications/{id}/withdraw?token=</c>: the browser form gets 303 back to the receipt or a Dutch page;
/// JSON clients the new status or a problem.
/// </summary>
public static class WithdrawEndpoint
{
    public static Task<IResult> HandleAsync(HttpContext context, string id, DurableTaskClient durable, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var token = context.Request.Query["token"].ToString();
            var result = await services.Withdrawals.WithdrawAsync(id, token, durable, context.RequestAborted);
            var browser = RequestBody.IsForm(context.Request);
            var call = result.Call ?? services.Calls.Default;
            switch (result.Outcome)
            {
                case WithdrawalOutcome.Withdrawn:
                    return browser ? new SeeOther(LinkBuilder.ReceiptPath(id, token)) : PrivateResult.Json(ReceiptEndpoint.View(result.Application!, call));
                case WithdrawalOutcome.LinkExpired:
                    return browser ? HtmlPage.Message(call, "Link verlopen", "Deze link is verlopen.", StatusCodes.Status410Gone) : Problems.Gone("Deze link is verlopen.");
                case WithdrawalOutcome.CallClosed:
                    var message = $"Intrekken kon tot en met {DutchDateFormat.WithZone(call.Deadline, call.TimeZone)}.";
                    return browser ? HtmlPage.Message(call, "Intrekken niet meer mogelijk", message, StatusCodes.Status409Conflict) : Problems.CallClosed(message);
                case WithdrawalOutcome.NotWithdrawable:
                    const string refusal = "Deze aanmelding kan niet meer worden ingetrokken.";
                    return browser ? HtmlPage.Message(call, "Intrekken niet mogelijk", refusal, StatusCodes.Status409Conflict) : Problems.Conflict("not-withdrawable", "Intrekken niet mogelijk.", refusal);
                default:
                    return browser ? HtmlPage.Message(call, "Niet gevonden", "Deze aanmelding bestaat niet, of de link is niet compleet.", StatusCodes.Status404NotFound) : Problems.NotFound();
            }
        });
}
