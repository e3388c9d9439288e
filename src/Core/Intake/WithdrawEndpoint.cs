using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Intake;

/// <summary>
/// <c>POST /api/applications/{id}/withdraw?token=</c>: the browser form (with <c>confirm=true</c>) gets 303 back to
/// the receipt or a Dutch page; JSON clients (<c>{"confirm": true}</c>) the new status or a problem. Without the
/// confirmation nothing changes: the page shows the receipt again with a message, a JSON client gets a 400.
/// </summary>
public static class WithdrawEndpoint
{
    public const string ConfirmField = "confirm";
    const string NotConfirmedText = "Vink aan dat u deze aanmelding wilt intrekken, en druk dan opnieuw op de knop. Er is niets veranderd.";

    public static Task<IResult> HandleAsync(HttpContext context, string id, DurableTaskClient durable, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var token = context.Request.Query["token"].ToString();
            var browser = RequestBody.IsForm(context.Request);
            var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
            if (body is null)
            {
                return browser ? HtmlPage.Message(services.Calls.Default, "Te groot", "Het verzoek is te groot.", StatusCodes.Status413PayloadTooLarge) : Problems.TooLarge(RequestBody.MaxBytes);
            }

            bool confirmed;
            if (browser)
            {
                confirmed = RequestBody.TryParseForm(body, out var fields) && new FormValues(fields).All(ConfirmField).Contains("true");
            }
            else if (body.Length == 0)
            {
                confirmed = false;
            }
            else if (!JsonBody.TryDeserialize(body, "Stuur {\"confirm\": true} om de aanmelding in te trekken.", out WithdrawalConfirmation? confirmation, out var problem))
            {
                return problem;
            }
            else
            {
                confirmed = confirmation.Confirm == true;
            }

            var result = await services.Withdrawals.WithdrawAsync(id, token, confirmed, durable, context.RequestAborted);
            var call = result.Call ?? services.Calls.Default;
            switch (result.Outcome)
            {
                case WithdrawalOutcome.Withdrawn:
                    return browser ? new SeeOther(LinkBuilder.ReceiptPath(id, token)) : PrivateResult.Json(ReceiptEndpoint.View(result.Application!, call));
                case WithdrawalOutcome.NotConfirmed:
                    return browser
                        ? ReceiptEndpoint.Page(result.Application!, call, token, services.Time.GetUtcNow(), NotConfirmedText, StatusCodes.Status400BadRequest)
                        : Problems.Validation(new Dictionary<string, string[]> { [ConfirmField] = ["Stuur {\"confirm\": true} om de aanmelding in te trekken. Er is niets veranderd."] });
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
