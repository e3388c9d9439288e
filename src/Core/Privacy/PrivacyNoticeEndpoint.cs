using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Privacy;

/// <summary><c>GET /privacy/{callId}</c>: the call's privacy notice (<see cref="PrivacyNoticePage"/>).</summary>
public static class PrivacyNoticeEndpoint
{
    public static IResult Handle(string callId, [AsParameters] PrivacyServices services) =>
        services.Calls.Find(callId) is { } call
            ? new HtmlPageResult(PrivacyNoticePage.Render(call))
            : HtmlPage.Message(services.Calls.Default, "Oproep niet gevonden", "Deze oproep bestaat niet. Controleer de link.", StatusCodes.Status404NotFound);
}
