using System.Collections.Concurrent;
using Aanmelding.Core.Email;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Email;

internal sealed class InMemorySentEmailLog : ISentEmailLog
{
    public ConcurrentDictionary<string, EmailDelivery> Records { get; } = new(StringComparer.Ordinal);

    public Task<bool> WasSentAsync(string key, CancellationToken cancellationToken) => Task.FromResult(Records.ContainsKey(key));

    public Task RecordAsync(string key, EmailMessage message, EmailDelivery delivery, CancellationToken cancellationToken)
    {
        Records[key] = delivery;
        return Task.CompletedTask;
    }
}
