using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;
using SendGrid.Helpers.Reliability;

namespace Aanmelding.Core.Email;

/// <summary>
/// Sends through SendGrid's v3 mail/send API. 200/202 is delivered; 429, 5xx, time-outs and network errors are
/// retried here (exponential back-off with jitter, honouring <c>Retry-After</c>) up to <see cref="SendGridOptions.MaxAttempts"/>
/// requests in total; any other status is a permanent failure. The SendGrid client's own retry is switched off so that
/// every retry is counted in this one place. Logs carry the status code and the message kind, never an address or content.
/// </summary>
public sealed partial class SendGridEmailSender(
    HttpClient httpClient,
    IOptions<SendGridOptions> options,
    IOptions<EmailOptions> emailOptions,
    TimeProvider timeProvider,
    ILogger<SendGridEmailSender> logger) : IEmailSender
{
    public async Task<EmailDelivery> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            throw new InvalidOperationException("SendGrid:ApiKey is not configured.");
        }

        var client = CreateClient(settings);
        var request = CreateMessage(message, emailOptions.Value);
        var maxAttempts = Math.Max(1, settings.MaxAttempts);
        var kind = message.Kind;

        for (var attempt = 1; ; attempt++)
        {
            string error;
            TimeSpan? retryAfter = null;
            try
            {
                var response = await client.SendEmailAsync(request, cancellationToken);
                var status = (int)response.StatusCode;
                if (response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK)
                {
                    var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
                    LogDelivered(logger, kind, status, attempt);
                    return EmailDelivery.Success(messageId);
                }

                if (response.StatusCode != HttpStatusCode.TooManyRequests && status < 500)
                {
                    LogPermanentFailure(logger, kind, status);
                    return EmailDelivery.PermanentFailure(string.Create(CultureInfo.InvariantCulture, $"SendGrid answered HTTP {status}"));
                }

                error = string.Create(CultureInfo.InvariantCulture, $"SendGrid answered HTTP {status}");
                retryAfter = ReadRetryAfter(response.Headers);
            }
            catch (HttpRequestException exception)
            {
                error = $"request to SendGrid failed ({exception.HttpRequestError})";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                error = "request to SendGrid timed out";
            }

            if (attempt >= maxAttempts)
            {
                LogGaveUp(logger, kind, attempt, error);
                return EmailDelivery.TransientFailure(string.Create(CultureInfo.InvariantCulture, $"{error}; gave up after {attempt} attempts"));
            }

            var delay = Delay(settings, attempt, retryAfter);
            LogRetrying(logger, kind, attempt, error, delay);
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    SendGridClient CreateClient(SendGridOptions settings)
    {
        var clientOptions = new SendGridClientOptions
        {
            ApiKey = settings.ApiKey,
            HttpErrorAsException = false,

            // Retries are counted and timed here only.
            ReliabilitySettings = new ReliabilitySettings(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero),
        };
        if (!string.IsNullOrWhiteSpace(settings.Host))
        {
            clientOptions.Host = settings.Host;
        }

        return new SendGridClient(httpClient, clientOptions);
    }

    static SendGridMessage CreateMessage(EmailMessage message, EmailOptions sender)
    {
        var from = new EmailAddress(HeaderText.Clean(sender.From), NullIfEmpty(HeaderText.Clean(sender.FromName)));
        var to = new EmailAddress(HeaderText.Clean(message.To));
        var request = new SendGridMessage { From = from, Subject = HeaderText.Clean(message.Subject) };
        request.AddTo(to);
        if (!string.IsNullOrWhiteSpace(message.ReplyTo))
        {
            request.ReplyTo = new EmailAddress(HeaderText.Clean(message.ReplyTo));
        }


        // SendGrid requires text/plain before text/html.
        request.AddContent(MimeType.Text, message.TextBody);
        request.AddContent(MimeType.Html, message.HtmlBody);
        foreach (var attachment in message.Attachments)
        {
            request.AddAttachment(
                HeaderText.Clean(attachment.FileName),
                Convert.ToBase64String(attachment.Content),
                HeaderText.Clean(attachment.ContentType),
                "attachment");
        }

        return request;
    }

    static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>Exponential back-off with jitter (between half and all of BaseDelay × 2^(attempt−1)), at least what Retry-After asks, at most MaxDelay.</summary>
    TimeSpan Delay(SendGridOptions settings, int attempt, TimeSpan? retryAfter)
    {
        var maxDelay = settings.MaxDelay > TimeSpan.Zero ? settings.MaxDelay : TimeSpan.FromSeconds(60);
        var exponential = settings.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 30));
        var jittered = TimeSpan.FromMilliseconds(Math.Min(exponential, maxDelay.TotalMilliseconds) * (0.5 + (Random.Shared.NextDouble() * 0.5)));
        var delay = retryAfter is { } asked && asked > jittered ? asked : jittered;
        return delay > maxDelay ? maxDelay : delay;
    }

    TimeSpan? ReadRetryAfter(HttpResponseHeaders? headers)
    {
        var retryAfter = headers?.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {Kind} accepted by SendGrid (HTTP {StatusCode}, attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string kind, int statusCode, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {Kind} rejected by SendGrid with HTTP {StatusCode}; not retried")]
    private static partial void LogPermanentFailure(ILogger logger, string kind, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Kind} attempt {Attempt} failed: {Error}; retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string kind, int attempt, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {Kind} not sent after {Attempts} attempts: {Error}")]
    private static partial void LogGaveUp(ILogger logger, string kind, int attempts, string error);
}
