using System.Text;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Intake;

/// <summary>
/// "Stuur mijn link opnieuw" (<c>GET/POST /calls/{callId}/lost-link</c>): an applicant types the contact address and
/// the receipt links of that address's applications go there by e-mail. The page answers the same whatever is typed
/// (it never tells whether an address applied), each client is limited as for submissions, each address as for any
/// mail (<see cref="ReceiptLinkService.RequestForAddressAsync"/>).
/// </summary>
public static class LostLinkEndpoint
{
    public const string EmailField = "email";
    const string EmailId = "f-email";

    public static string PathFor(string callId) => $"/calls/{Uri.EscapeDataString(callId)}/lost-link";

    /// <summary>What everyone who typed an address is told.</summary>
    public static string Answer(CallDefinition call) =>
        "Als er bij deze oproep aanmeldingen zijn met dit e-mailadres als contactadres, sturen wij de links naar die aanmeldingen daarheen. " +
        $"Ziet u binnen een kwartier niets, kijk dan ook bij de ongewenste e-mail. Nog steeds niets? Mail naar {call.ContactEmail}.";

    public static IResult Page(HttpContext context, string callId, [AsParameters] IntakeServices services)
    {
        var call = services.Calls.Find(callId);
        return call is null
            ? HtmlPage.Message(services.Calls.Default, "Oproep niet gevonden", "Deze oproep bestaat niet. Controleer de link.", StatusCodes.Status404NotFound)
            : HtmlPage.Result(call, "Stuur mijn link opnieuw", Render(call, "", null));
    }

    public static Task<IResult> HandleAsync(HttpContext context, string callId, DurableTaskClient durable, [AsParameters] IntakeServices services) =>
        HttpGuard.RunAsync(context, async () =>
        {
            var call = services.Calls.Find(callId);
            if (call is null)
            {
                return HtmlPage.Message(services.Calls.Default, "Oproep niet gevonden", "Deze oproep bestaat niet. Controleer de link.", StatusCodes.Status404NotFound);
            }

            if (services.Limits.ForClient(context.Connection.RemoteIpAddress) is { Allowed: false } limited)
            {
                return TooManyRequests.Answer(context, call, limited.RetryAfter, page: true);
            }

            var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
            if (body is null || !RequestBody.IsForm(context.Request) || !RequestBody.TryParseForm(body, out var fields))
            {
                return HtmlPage.Message(call, "Formulier niet leesbaar", "Het formulier kon niet worden gelezen. Probeer het opnieuw.", StatusCodes.Status400BadRequest);
            }

            var email = new FormValues(fields)[EmailField].Trim();
            if (email.Length == 0)
            {
                return HtmlPage.Result(call, "Fout: stuur mijn link opnieuw", Render(call, email, "Vul het e-mailadres in waarmee u zich heeft aangemeld."), StatusCodes.Status400BadRequest);
            }

            await services.ReceiptLinks.RequestForAddressAsync(call, email, durable, context.RequestAborted);
            return HtmlPage.Result(call, "Verzoek ontvangen", HtmlPage.Heading("Verzoek ontvangen") + HtmlPage.Alert("info", HtmlPage.Paragraph(Answer(call)))
                + $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(LinkBuilder.FormPath(call.Id), "Terug naar het aanmeldformulier")}</p>");
        });

    static string Render(CallDefinition call, string email, string? error)
    {
        var html = new StringBuilder(HtmlPage.Heading("Stuur mijn link opnieuw"));
        html.Append(HtmlPage.Paragraph(
            "Bent u de link naar uw aanmelding kwijt? Vul het e-mailadres in dat u bij uw aanmelding als contactadres opgaf. " +
            "Wij sturen de links naar uw aanmeldingen voor deze oproep naar dat adres, nooit naar een ander."));
        if (error is not null)
        {
            html.Append(FormFields.ErrorSummary("Niet verstuurd", [(EmailId, error)]));
        }

        const string hint = "Het e-mailadres van de contactpersoon, bijvoorbeeld naam@gemeente.nl.";
        html.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
            <form class="utrecht-form" method="post" action="{Html.Attribute(PathFor(call.Id))}" novalidate>
            {FormFields.Field(error is not null,
                FormFields.Label(EmailId, "E-mailadres") + FormFields.Description(EmailId + "-uitleg", hint) + FormFields.ErrorMessage(EmailId + "-fout", error is null ? null : [error])
                + $"<div class=\"utrecht-form-field__input\"><input class=\"utrecht-textbox utrecht-textbox--html-input{(error is null ? "" : " utrecht-textbox--invalid")}\" type=\"email\" id=\"{EmailId}\" name=\"{EmailField}\" value=\"{Html.Attribute(email)}\" maxlength=\"254\" autocomplete=\"email\"{FormFields.DescribedBy(error is not null, error is null ? null : EmailId + "-fout", EmailId + "-uitleg")}></div>")}
            <div class="utrecht-button-group"><button type="submit" class="utrecht-button utrecht-button--primary-action">Stuur mijn link opnieuw</button></div>
            </form>
            """);
        return html.ToString();
    }
}
