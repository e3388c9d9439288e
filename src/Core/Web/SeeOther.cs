using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Web;

/// <summary>303 See Other: after a form's POST the browser fetches the next page with GET, and a reload never posts twice.</summary>
public sealed class SeeOther(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
