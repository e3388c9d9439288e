namespace Aanmelding.Tests.Support;

/// <summary>One scripted answer of the <see cref="SendGridStandIn"/>.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="RetryAfter">The <c>Retry-After</c> header value (seconds or an HTTP date), if any.</param>
/// <param name="MessageId">The <c>X-Message-Id</c> header value, if any.</param>
/// <param name="Body">A JSON body, if any.</param>
public sealed record SendGridStandInResponse(int StatusCode, string? RetryAfter = null, string? MessageId = null, string? Body = null)
{
    public static SendGridStandInResponse Accepted(string? messageId = null) =>
        new(202, MessageId: messageId ?? $"standin-{Guid.NewGuid():N}");

    public static SendGridStandInResponse TooManyRequests(string retryAfter) =>
        new(429, RetryAfter: retryAfter, Body: Errors("too many requests"));

    public static SendGridStandInResponse ServerError() => new(500, Body: Errors("internal error"));

    public static SendGridStandInResponse BadRequest(string message = "bad request") => new(400, Body: Errors(message));

    internal static string Errors(params string[] messages) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            errors = messages.Select(message => new { message, field = (string?)null, help = (string?)null }),
        });
}
