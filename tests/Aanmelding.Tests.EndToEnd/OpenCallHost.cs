using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd;

/// <summary>A host with one open call of its own (and the seed call), for tests that only need somewhere to submit.</summary>
public sealed class OpenCallHost(AppHost host, string callId) : IAsyncDisposable
{
    public AppHost Host { get; } = host;
    public string CallId { get; } = callId;

    public static async Task<OpenCallHost> StartAsync(HostKind kind)
    {
        var callId = CallConfiguration.NewCallId();
        return new OpenCallHost(await TestHosts.StartAsync(kind, CallConfiguration.Open(callId)), callId);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
