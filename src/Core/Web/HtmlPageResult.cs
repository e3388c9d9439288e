using System.Text;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Web;

/// <summary>An HTML page as the answer, with the page headers (<see cref="ResponseHeaders.ForPage"/>): the only way a page leaves Core.</summary>
public sealed class HtmlPageResult(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
    public int StatusCode { get; } = statusCode;

    public string Html { get; } = html;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        ResponseHeaders.ForPage(response);
        response.StatusCode = StatusCode;
        response.ContentType = "text/html; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(Html);
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }
}
