using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Intake;

/// <summary>
/// <c>POST /api/calls/{callId}/receipt-link</c>: send the link to an existing application again, to its own contact
/// address (see <see cref="ReceiptLinkService"/>). JSON <c>{"organisation", "municipality", "neighbourhood"}</c> gets
/// 202, the button on the form's duplicate notice a page; both say the same whatever happens. Limited per client.
/// </summary>
public static class ReceiptLinkEndpoint
{
    /// <summary>What every request that names a call is told: not whether the application exists.</summary>
    public const string Answer =
        "Als uw organisatie deze wijk heeft aangemeld, sturen wij de link naar die aanmelding naar het e-mailadres dat daarbij is opgegeven. " +
        "Ziet u hem niet binnen een kwartier, kijk dan ook bij de ongewenste e-mail.";

    public static string PathFor(string callId) => $"/api/calls/{Uri.EscapeDataString(callId)}/receipt-link";

    /// <summary>Where the page's button posts (<see cref="Routes.ReceiptLinkPage"/>): a page address, never an API one.</summary>
    public static string PagePathFor(string callId) => $"/calls/{Uri.EscapeDataString(callId)}/receipt-link";

    public static Task<IResult> HandleAsync(HttpContext context, string callId, DurableTaskClient durable, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var request = context.Request;
            var page = RequestBody.IsForm(request);
            if (!page && !RequestBody.IsJson(request))
            {
                return Problems.UnsupportedMediaType();
            }

            var call = services.Calls.Find(callId) ?? services.Calls.Default;
            if (services.Limits.ForClient(context.Connection.RemoteIpAddress) is { Allowed: false } limited)
            {
                return TooManyRequests.Answer(context, call, limited.RetryAfter, page);
            }

            var body = await RequestBody.ReadAsync(request, context.RequestAborted);
            if (body is null)
            {
                return page ? HtmlPage.Message(call, "Te groot", "Het verzoek is te groot.", StatusCodes.Status413PayloadTooLarge) : Problems.TooLarge(RequestBody.MaxBytes);
            }

            ReceiptLinkQuery query;
            if (page)
            {
                if (!RequestBody.TryParseForm(body, out var fields))
                {
                    return HtmlPage.Message(call, "Formulier niet leesbaar", "Het formulier kon niet worden gelezen.", StatusCodes.Status400BadRequest);
                }

                var values = new FormValues(fields);
                query = new ReceiptLinkQuery { Organisation = values["organisation"], Municipality = values["municipality"], Neighbourhood = values["neighbourhood"] };
            }
            else if (!JsonBody.TryDeserialize(body, "Stuur een JSON-object met organisation, municipality en neighbourhood.", out ReceiptLinkQuery? json, out var problem))
            {
                return problem;
            }
            else
            {
                query = json;
            }

            if (!await services.ReceiptLinks.RequestAsync(callId, query, durable, context.RequestAborted))
            {
                return page ? HtmlPage.Message(call, "Oproep niet gevonden", "Deze oproep bestaat niet.", StatusCodes.Status404NotFound) : Problems.NotFound("Deze oproep bestaat niet.");
            }

            return page
                ? HtmlPage.Message(call, "Verzoek ontvangen", Answer, StatusCodes.Status200OK)
                : Results.Json(new { status = "accepted", detail = Answer }, statusCode: StatusCodes.Status202Accepted);
        });
}
