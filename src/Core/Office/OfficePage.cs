using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Office;

/// <summary>A page behind the sign-in: the page layout with who is signed in and a sign-out button above the content.</summary>
public static class OfficePage
{
    public static HtmlPageResult Render(CallDefinition call, OfficeSession session, OfficeServices services, string title, string body, int statusCode = 200)
    {
        var bar = $"<div class=\"aanmelding-session\"><p class=\"utrecht-paragraph\">Ingelogd als <strong>{Html.Encode(session.Coordinator)}</strong></p>"
            + $"<form class=\"utrecht-form\" method=\"post\" action=\"{Html.Attribute(SignInPage.SignOutPath(call.Id))}\">{OfficeAccess.FormTokenInput(services, session)}"
            + "<button class=\"utrecht-button utrecht-button--secondary-action\" type=\"submit\">Uitloggen</button></form></div>";
        return new HtmlPageResult(HtmlPage.Render(call, title, bar + body), statusCode);
    }
}
