using Aanmelding.Core.Calls;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Aanmelding.Core.Office;

/// <summary>
/// The door of every office page: the call must exist (else a 404 page) and the request must carry a session for it
/// (else a 303 to the sign-in page, which a browser follows); a form that changes something must also carry the
/// session's form token (else a 403 page).
/// </summary>
public static class OfficeAccess
{
    public const string FormTokenField = "formulier-token";

    /// <summary>The call and session, or the answer to give instead.</summary>
    public static (CallDefinition? Call, OfficeSession? Session, IResult? Refusal) Enter(HttpContext context, string callId, OfficeServices services)
    {
        if (services.Calls.Find(callId) is not { } call)
        {
            return (null, null, CallNotFound(services.Calls.Default));
        }

        return services.SignIn.Current(context.Request, call) is { } session
            ? (call, session, null)
            : (call, null, new SeeOther(SignInPage.AskPath(call.Id)));
    }

    /// <summary>
    /// For a form that changes something: the call and session as <see cref="Enter"/> gives them, the form's fields, and
    /// the session's form token checked; or the answer to give instead.
    /// </summary>
    public static async Task<(CallDefinition? Call, OfficeSession? Session, IReadOnlyDictionary<string, StringValues>? Fields, IResult? Refusal)> EnterFormAsync(
        HttpContext context, string callId, OfficeServices services)
    {
        var (call, session, refusal) = Enter(context, callId, services);
        if (refusal is not null)
        {
            return (null, null, null, refusal);
        }

        var (fields, unreadable) = await PageForm.ReadAsync(context, call!);
        if (fields is null)
        {
            return (null, null, null, unreadable);
        }

        return services.SignIn.IsFormTokenValid(session!, PageForm.Field(fields, FormTokenField))
            ? (call, session, fields, null)
            : (null, null, null, FormTokenRefused(call!));
    }

    public static IResult CallNotFound(CallDefinition anyCall) =>
        HtmlPage.Message(anyCall, "Oproep niet gevonden", "Deze oproep bestaat niet.", StatusCodes.Status404NotFound);

    public static IResult FormTokenRefused(CallDefinition call) =>
        HtmlPage.Message(call, "Niet uitgevoerd", "Dit formulier hoort niet bij uw sessie, of de sessie is verlopen. Open het overzicht opnieuw en probeer het nog eens.", StatusCodes.Status403Forbidden,
            $"<p class=\"utrecht-paragraph\">{HtmlPage.Link(LinkBuilder.OfficePath(call.Id), "Naar het overzicht")}</p>");

    /// <summary>The hidden field that every changing office form carries.</summary>
    public static string FormTokenInput(OfficeServices services, OfficeSession session) =>
        $"<input type=\"hidden\" name=\"{FormTokenField}\" value=\"{Html.Attribute(services.SignIn.FormToken(session))}\">";
}
