using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Email;

/// <summary>
/// Sends each message at most once per idempotency key, so that at-least-once activities do not send twice:
/// the marker is checked before sending and written after a delivery or a permanent failure.
/// </summary>
public sealed partial class Mailer(IEmailSender sender, ISentEmailLog log, ILogger<Mailer> logger)
{
    /// <summary>
    /// Sends <paramref name="message"/> unless a message with the same key was already settled.
    /// Returns <see cref="EmailDelivery.AlreadySent"/> for a skipped message, and the delivery (possibly a permanent failure) otherwise.
    /// </summary>
    /// <param name="idempotencyKey">Made by code from ids, e.g. <c>{applicationId}:acknowledgement</c>; see <see cref="ISentEmailLog"/> for the rules.</param>
    /// <exception cref="EmailDeliveryException">The message could not be sent now (transient failure after all retries); nothing was recorded, so a retry sends it.</exception>
    public async Task<EmailDelivery> SendOnceAsync(string idempotencyKey, EmailMessage message, CancellationToken ct)
    {
        SentEmailKey.Validate(idempotencyKey);
        var group = SentEmailKey.Partition(idempotencyKey);
        if (await log.WasSentAsync(idempotencyKey, ct))
        {
            LogSkipped(logger, message.Kind, group);
            return EmailDelivery.AlreadySent;
        }

        var delivery = await sender.SendAsync(message with { IdempotencyKey = idempotencyKey }, ct);
        if (!delivery.Delivered && !delivery.Permanent)
        {
            LogTransient(logger, message.Kind, group, delivery.Error);
            throw new EmailDeliveryException($"E-mail {message.Kind} could not be sent: {delivery.Error}") { Kind = message.Kind };
        }

        // CancellationToken.None: the message went out; losing the marker now would send it a second time.
        await log.RecordAsync(idempotencyKey, message, delivery, CancellationToken.None);
        if (delivery.Delivered)
        {
            LogSent(logger, message.Kind, group);
        }
        else
        {
            LogPermanent(logger, message.Kind, group, delivery.Error);
        }

        return delivery;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {Kind} for {Group} skipped: already sent")]
    private static partial void LogSkipped(ILogger logger, string kind, string group);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {Kind} for {Group} sent")]
    private static partial void LogSent(ILogger logger, string kind, string group);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {Kind} for {Group} failed permanently and will not be retried: {Error}")]
    private static partial void LogPermanent(ILogger logger, string kind, string group, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Kind} for {Group} not sent for now: {Error}")]
    private static partial void LogTransient(ILogger logger, string kind, string group, string? error);
}
