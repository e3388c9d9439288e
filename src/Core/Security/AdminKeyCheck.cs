using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Security;

/// <summary>
/// LocalHost's stand-in for Azure Functions keys: the <c>x-functions-key</c> header (or <c>code</c> query
/// parameter, as Functions accepts) compared in fixed time with <c>Admin:ApiKey</c>.
/// </summary>
public static class AdminKeyCheck
{
    public const string HeaderName = "x-functions-key";

    public static bool IsAuthorized(HttpRequest request, string? adminKey)
    {
        if (string.IsNullOrEmpty(adminKey))
        {
            return false;
        }

        string? presented = request.Headers[HeaderName];
        if (string.IsNullOrEmpty(presented))
        {
            presented = request.Query["code"];
        }

        return !string.IsNullOrEmpty(presented)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(adminKey));
    }
}
