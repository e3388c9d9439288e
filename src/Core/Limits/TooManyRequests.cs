using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Limits;

/// <summary>The answer to a request over its limit: 429 with <c>Retry-After</c>, as a Dutch problem or page.</summary>
public static class TooManyRequests
{
    public static IResult Answer(HttpContext context, RateLimitVerdict verdict, bool page, string? detail = null)
    {
        context.Response.Headers.RetryAfter = verdict.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = detail ?? $"Er kwamen te veel verzoeken van uw verbinding kort na elkaar. Probeer het over {Wait(verdict)} opnieuw.";
        return page
            ? HtmlPage.Message("Even geduld", text, StatusCodes.Status429TooManyRequests)
            : Problems.TooManyRequests(text);
    }

    /// <summary>"1 minuut", "12 minuten", "30 seconden".</summary>
    public static string Wait(RateLimitVerdict verdict)
    {
        var seconds = verdict.RetryAfterSeconds;
        if (seconds < 60)
        {
            return seconds == 1 ? "1 seconde" : $"{seconds} seconden";
        }

        var minutes = (int)Math.Ceiling(seconds / 60.0);
        return minutes == 1 ? "1 minuut" : $"{minutes} minuten";
    }
}
