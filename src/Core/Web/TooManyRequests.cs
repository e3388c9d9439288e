using System.Globalization;
using Aanmelding.Core.Calls;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Web;

/// <summary>The answer to a request over a limit: 429 with <c>Retry-After</c>, as a Dutch problem or page.</summary>
public static class TooManyRequests
{
    /// <param name="call">The call the page belongs to (its header and contact address).</param>
    public static IResult Answer(HttpContext context, CallDefinition call, TimeSpan retryAfter, bool page, string? detail = null)
    {
        SetRetryAfter(context, retryAfter);
        var text = detail ?? $"Er kwamen te veel verzoeken van uw verbinding kort na elkaar. Probeer het over {Wait(retryAfter)} opnieuw.";
        return page
            ? HtmlPage.Message(call, "Even geduld", text, StatusCodes.Status429TooManyRequests)
            : Problems.TooManyRequests(text);
    }

    /// <summary>The wait in whole seconds, at least one, as <c>Retry-After</c> writes it.</summary>
    public static void SetRetryAfter(HttpContext context, TimeSpan retryAfter) =>
        context.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 minuut", "12 minuten", "30 seconden".</summary>
    public static string Wait(TimeSpan retryAfter)
    {
        var seconds = Seconds(retryAfter);
        if (seconds < 60)
        {
            return seconds == 1 ? "1 seconde" : $"{seconds} seconden";
        }

        var minutes = (int)Math.Ceiling(seconds / 60.0);
        return minutes == 1 ? "1 minuut" : $"{minutes} minuten";
    }

    static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
