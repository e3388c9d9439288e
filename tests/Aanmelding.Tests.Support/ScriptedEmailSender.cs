using System.Collections.Concurrent;
using Aanmelding.Core.Email;

namespace Aanmelding.Tests.Support;

/// <summary>Records what it is asked to send and answers from a script (default: delivered).</summary>
public sealed class ScriptedEmailSender : IEmailSender
{
    readonly ConcurrentQueue<EmailDelivery> script = new();

    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    public void Enqueue(params EmailDelivery[] deliveries)
    {
        foreach (var delivery in deliveries)
        {
            script.Enqueue(delivery);
        }
    }

    public Task<EmailDelivery> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Sent.Enqueue(message);
        return Task.FromResult(script.TryDequeue(out var delivery) ? delivery : EmailDelivery.Success($"id-{Sent.Count}"));
    }
}
