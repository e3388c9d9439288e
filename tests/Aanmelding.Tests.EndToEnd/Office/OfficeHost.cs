using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Office;

/// <summary>
/// A host for the office tests: an open call with coordinators A and B, and a client of its own that keeps no
/// cookies, so each test says which session it sends.
/// </summary>
public sealed class OfficeHost(AppHost host, string callId) : IAsyncDisposable
{
    public AppHost Host { get; } = host;
    public string CallId { get; } = callId;
    public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };

    public string Office => $"/office/{CallId}";

    public static async Task<OfficeHost> StartAsync(HostKind kind)
    {
        var callId = CallConfiguration.NewCallId();
        var settings = ReviewCall.Open(callId);

        // The tests sign the same coordinators in many times; the limits themselves are tested on their own.
        settings["RateLimits__IntakePerClientPerMinute"] = "100000";
        settings["RateLimits__MailsPerAddressPerHour"] = "100000";
        return new OfficeHost(await TestHosts.StartAsync(kind, settings, TestHosts.NewTaskHub("office")), callId);
    }

    /// <summary>A call of its own whose intake closes at <paramref name="deadline"/>, review deadline a week later; <paramref name="settings"/> adds to it.</summary>
    public static async Task<OfficeHost> ClosingAsync(HostKind kind, DateTimeOffset deadline, string taskHub, params (string Key, string Value)[] settings)
    {
        var callId = CallConfiguration.NewCallId();
        var all = ReviewCall.Closing(callId, deadline, deadline.AddDays(7));
        all["RateLimits__MailsPerAddressPerHour"] = "100";
        foreach (var (key, value) in settings)
        {
            all[key.Replace("{callId}", callId, StringComparison.Ordinal)] = value;
        }

        return new OfficeHost(await TestHosts.StartAsync(kind, all, TestHosts.NewTaskHub(taskHub)), callId);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
