using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Intake;

/// <summary><c>GET /</c> and <c>GET /calls/{callId}</c>: the form while the call is open, "closed since …" after.</summary>
public static class FormPageEndpoint
{
    public static IResult RedirectToDefault() => Results.Redirect(LinkBuilder.FormPath(CallCatalog.DefaultCallId));

    public static IResult Handle(HttpContext context, string callId, [AsParameters] IntakeServices services)
    {
        var call = services.Calls.Find(callId);
        if (call is null)
        {
            return HtmlPage.Message(services.Calls.Default, "Oproep niet gevonden", "Deze oproep bestaat niet. Controleer de link.", StatusCodes.Status404NotFound);
        }

        return new HtmlPageResult(call.IsOpenAt(services.Time.GetUtcNow())
            ? FormPage.Render(call, FormValues.Empty, new Dictionary<string, string[]>(), Guid.NewGuid().ToString("N"))
            : FormPage.Closed(call));
    }
}
