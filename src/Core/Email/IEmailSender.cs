namespace Aanmelding.Core.Email;

/// <summary>Sends one e-mail. Implementations: <see cref="SendGridEmailSender"/> and <see cref="OutboxEmailSender"/>.</summary>
public interface IEmailSender
{
    /// <summary>
    /// Sends the message. Returns a delivery result rather than throwing for failures the provider reports;
    /// a transient failure is returned once the implementation's own retries are used up.
    /// </summary>
    Task<EmailDelivery> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
