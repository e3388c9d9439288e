using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>One LocalHost for the review tests of an open call with two coordinators; each test submits its own application.</summary>
public sealed class ReviewHostFixture : IAsyncLifetime
{
    public string CallId { get; } = CallConfiguration.NewCallId();

    public string TaskHub { get; } = "review" + Guid.NewGuid().ToString("N")[..8];

    public LocalHostProcess Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LocalHostProcess.StartAsync(ReviewCall.Open(CallId), TaskHub);

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
