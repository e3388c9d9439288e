using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Tests.Support;

/// <summary>
/// A local stand-in for SendGrid's v3 <c>POST /v3/mail/send</c> on 127.0.0.1 with a free port. It checks each request the
/// way SendGrid does (401 for a wrong <c>Authorization: Bearer</c> key, 400 with SendGrid's error JSON for a malformed
/// body), records every request, and answers valid ones from a scripted queue (<see cref="Enqueue"/>), falling back to
/// <see cref="DefaultResponse"/> (202 with an <c>X-Message-Id</c>) when the queue is empty.
/// Point <c>SendGrid:Host</c> at <see cref="BaseUrl"/>.
/// </summary>
public sealed class SendGridStandIn : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentQueue<SendGridStandInResponse> script = new();
    readonly List<SendGridStandInRequest> requests = [];
    readonly Lock gate = new();

    SendGridStandIn(WebApplication app, string apiKey)
    {
        this.app = app;
        ApiKey = apiKey;
    }

    /// <summary>The key the stand-in accepts as <c>Authorization: Bearer {key}</c>.</summary>
    public string ApiKey { get; }

    /// <summary>E.g. <c>http://127.0.0.1:49152</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The answer to a valid request when nothing is scripted; null means a fresh 202.</summary>
    public SendGridStandInResponse? DefaultResponse { get; set; }

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<SendGridStandInRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<SendGridStandIn> StartAsync(string apiKey = "SG.stand-in-key", CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new SendGridStandIn(app, apiKey);
        app.MapPost("/v3/mail/send", standIn.HandleAsync);
        app.MapFallback(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync(cancellationToken);
        standIn.BaseUrl = app.Urls.First().TrimEnd('/');
        return standIn;
    }

    /// <summary>Queues answers for the next valid requests, in order.</summary>
    public void Enqueue(params SendGridStandInResponse[] responses)
    {
        foreach (var response in responses)
        {
            script.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.ToString();
        var errors = new List<string>();
        SendGridStandInResponse answer;

        if (authorization != $"Bearer {ApiKey}")
        {
            errors.Add("The provided authorization grant is invalid, expired, or revoked");
            answer = new SendGridStandInResponse(401, Body: SendGridStandInResponse.Errors(errors[0]));
        }
        else
        {
            Validate(context.Request.ContentType, body, errors);
            answer = errors.Count > 0
                ? new SendGridStandInResponse(400, Body: SendGridStandInResponse.Errors([.. errors]))
                : script.TryDequeue(out var scripted) ? scripted : DefaultResponse ?? SendGridStandInResponse.Accepted();
        }

        lock (gate)
        {
            requests.Add(new SendGridStandInRequest(
                context.Request.Method,
                context.Request.Path.ToString(),
                string.IsNullOrEmpty(authorization) ? null : authorization,
                context.Request.ContentType,
                body,
                errors,
                answer.StatusCode,
                DateTimeOffset.UtcNow));
        }

        context.Response.StatusCode = answer.StatusCode;
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.MessageId is not null)
        {
            context.Response.Headers["X-Message-Id"] = answer.MessageId;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    /// <summary>The checks SendGrid makes on a mail/send body that matter to us.</summary>
    static void Validate(string? contentType, string body, List<string> errors)
    {
        if (contentType is null || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("Content-Type should be application/json.");
            return;
        }

        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            errors.Add("Bad Request: the JSON body could not be parsed.");
            return;
        }

        if (!root.TryGetProperty("personalizations", out var personalizations)
            || personalizations.ValueKind != JsonValueKind.Array
            || personalizations.GetArrayLength() == 0)
        {
            errors.Add("The personalizations field is required and must have at least one personalization.");
            return;
        }

        var first = personalizations[0];
        if (!first.TryGetProperty("to", out var to) || to.ValueKind != JsonValueKind.Array || to.GetArrayLength() == 0
            || !IsAddress(to[0], out _))
        {
            errors.Add("The to array is required for all personalization objects, and must have at least one email object with a valid email address.");
        }

        if (!root.TryGetProperty("from", out var from) || !IsAddress(from, out _))
        {
            errors.Add("The from object must be provided for every email send. It is an object that requires the email parameter.");
        }

        var subject = root.TryGetProperty("subject", out var globalSubject) ? globalSubject.GetString()
            : first.TryGetProperty("subject", out var personalSubject) ? personalSubject.GetString()
            : null;
        if (string.IsNullOrEmpty(subject))
        {
            errors.Add("The subject is required.");
        }
        else if (subject.Contains('\r', StringComparison.Ordinal) || subject.Contains('\n', StringComparison.Ordinal))
        {
            errors.Add("The subject may not contain line breaks.");
        }

        if (!root.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array || content.GetArrayLength() == 0)
        {
            errors.Add("Unless a valid template_id is provided, the content parameter is required.");
        }
        else
        {
            var types = content.EnumerateArray().Select(part => part.TryGetProperty("type", out var type) ? type.GetString() : null).ToList();
            if (types.IndexOf("text/plain") is var plain && plain > 0)
            {
                errors.Add("If present, text/plain content must be first, followed by any other content.");
            }

            foreach (var part in content.EnumerateArray())
            {
                if (!part.TryGetProperty("value", out var value) || string.IsNullOrEmpty(value.GetString()))
                {
                    errors.Add("The content value must be a string at least one character in length.");
                }
            }
        }

        if (root.TryGetProperty("attachments", out var attachments))
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                if (!attachment.TryGetProperty("filename", out var fileName) || string.IsNullOrEmpty(fileName.GetString()))
                {
                    errors.Add("The attachment filename parameter is required.");
                }

                var base64 = attachment.TryGetProperty("content", out var data) ? data.GetString() : null;
                if (string.IsNullOrEmpty(base64) || !IsBase64(base64))
                {
                    errors.Add("The attachment content must be base64 encoded.");
                }
            }
        }
    }

    static bool IsAddress(JsonElement element, out string? address)
    {
        address = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("email", out var email) ? email.GetString() : null;
        return address is { Length: > 2 } && address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < address.Length - 1
            && !address.Any(char.IsWhiteSpace);
    }

    static bool IsBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out _);
    }
}
