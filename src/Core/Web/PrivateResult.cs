using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Web;

/// <summary>
/// An answer that carries personal data or a link that grants access (a receipt or review token): sent with
/// <see cref="ResponseHeaders.ForPrivateData"/>, so no browser or proxy keeps it.
/// </summary>
public sealed class PrivateResult(IResult inner) : IResult
{
    public static IResult Json(object value) => new PrivateResult(Results.Json(value));

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ResponseHeaders.ForPrivateData(httpContext.Response);
        return inner.ExecuteAsync(httpContext);
    }
}
