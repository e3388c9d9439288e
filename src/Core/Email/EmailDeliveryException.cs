namespace Aanmelding.Core.Email;

/// <summary>
/// Thrown by <see cref="Mailer.SendOnceAsync"/> when a message could not be sent for a reason that may pass
/// (all retries used up). A durable activity that lets it escape is retried by its orchestration.
/// </summary>
public sealed class EmailDeliveryException : Exception
{
    public EmailDeliveryException()
    {
    }

    public EmailDeliveryException(string message)
        : base(message)
    {
    }

    public EmailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The kind of the message (see <see cref="EmailKinds"/>).</summary>
    public string? Kind { get; init; }
}
