namespace Aanmelding.Core.Email;

/// <summary>What became of one attempt to send an <see cref="EmailMessage"/>.</summary>
/// <param name="Delivered">The provider accepted the message (or the outbox holds it).</param>
/// <param name="Permanent">
/// The failure will not go away by trying again (e.g. SendGrid answered 400). Meaningless when <paramref name="Delivered"/> is true.
/// A failure that is neither delivered nor permanent is transient: the caller may try again later.
/// </param>
/// <param name="Error">What went wrong, for engineers; never carries an address or message content.</param>
/// <param name="ProviderMessageId">The provider's id for the message (SendGrid's <c>X-Message-Id</c>), if any.</param>
public sealed record EmailDelivery(bool Delivered, bool Permanent, string? Error, string? ProviderMessageId)
{
    /// <summary>
    /// True when nothing was sent because an earlier attempt had already settled this message
    /// (see <see cref="Mailer.SendOnceAsync"/>); <see cref="Delivered"/> is then true.
    /// </summary>
    public bool Skipped { get; init; }

    /// <summary>The message was accepted.</summary>
    public static EmailDelivery Success(string? providerMessageId) => new(true, false, null, providerMessageId);

    /// <summary>The message was rejected and trying again will not help.</summary>
    public static EmailDelivery PermanentFailure(string error) => new(false, true, error, null);

    /// <summary>The message could not be sent now; trying again later may work.</summary>
    public static EmailDelivery TransientFailure(string error) => new(false, false, error, null);

    /// <summary>Nothing was sent: an earlier attempt already settled this message.</summary>
    public static EmailDelivery AlreadySent { get; } = new(true, false, null, null) { Skipped = true };
}
