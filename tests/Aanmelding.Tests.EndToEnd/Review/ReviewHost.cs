using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>A host for the review tests of an open call with two coordinators; each test submits its own application.</summary>
public sealed class ReviewHost(AppHost host, string callId) : IAsyncDisposable
{
    public AppHost Host { get; } = host;
    public string CallId { get; } = callId;
    public string TaskHub => Host.TaskHub!;

    public static async Task<ReviewHost> StartAsync(HostKind kind)
    {
        var callId = CallConfiguration.NewCallId();
        return new ReviewHost(await TestHosts.StartAsync(kind, ReviewCall.Open(callId), TestHosts.NewTaskHub("review")), callId);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
