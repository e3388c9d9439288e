using System.Net;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Office;

/// <summary>
/// The office session cookie: HttpOnly (no script reads it), SameSite=Lax (sent when a coordinator follows a link from
/// an e-mail, never with another site's form post), Secure everywhere but on this machine, limited to the call's office
/// pages by its path, and gone when the session ends.
/// </summary>
public static class SessionCookie
{
    public const string Name = "aanmelding-sessie";

    public static string PathFor(string callId) => "/office/" + Uri.EscapeDataString(callId);

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static void Write(HttpContext context, string callId, string value, DateTimeOffset expires) =>
        context.Response.Cookies.Append(Name, value, Options(context, callId, expires));

    public static void Delete(HttpContext context, string callId) =>
        context.Response.Cookies.Delete(Name, Options(context, callId, DateTimeOffset.UnixEpoch));

    static CookieOptions Options(HttpContext context, string callId, DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps || !IsThisMachine(context.Request.Host.Host),
        Path = PathFor(callId),
        Expires = expires,
        IsEssential = true,
    };

    /// <summary>Plain http works only on localhost, where browsers would drop a Secure cookie; everywhere else it is Secure.</summary>
    static bool IsThisMachine(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
