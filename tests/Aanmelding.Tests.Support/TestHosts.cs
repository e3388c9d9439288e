using Aanmelding.Launcher;
using Xunit;

namespace Aanmelding.Tests.Support;

/// <summary>
/// The app under either host for a test: on the test run's Azurite, with a task hub of its own and the durable engine
/// polling every half second (timers and events within a second) and the public rate limits out of the way. Where the Functions host is not on this machine,
/// a test that asks for it is skipped and says why: the only skip the suite allows.
/// </summary>
public static class TestHosts
{
    public static IReadOnlyList<HostKind> Both { get; } = [HostKind.LocalHost, HostKind.Functions];

    public static string NewTaskHub(string prefix = "t") => prefix + Guid.NewGuid().ToString("N")[..10];

    public static async Task<AppHost> StartAsync(
        HostKind kind, IDictionary<string, string>? settings = null, string? taskHub = null, HostReadiness readiness = HostReadiness.Healthy)
    {
        SkipUnlessAvailable(kind);
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:00.500",
            ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"] = "2",

            // Every test client is 127.0.0.1 and many share an address: the public limits stand aside unless a test sets them.
            ["RateLimits__IntakePerClientPerMinute"] = "100000",
            ["RateLimits__MailsPerAddressPerHour"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        try
        {
            return await AppHost.StartAsync(kind, new AppHostOptions { Storage = TestStorage.ConnectionString, Settings = all, TaskHub = taskHub ?? NewTaskHub() }, readiness);
        }
        catch (AppHostException e)
        {
            // The message alone would hide why: the host's last lines go with it.
            throw new InvalidOperationException($"{e.Message}{Environment.NewLine}{e.Output}", e);
        }
    }

    /// <summary>Skips the running test (a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>) when <paramref name="kind"/> cannot run here.</summary>
    public static void SkipUnlessAvailable(HostKind kind)
    {
        if (kind == HostKind.Functions && FunctionsHostCommand.Find(out var missing) is null)
        {
            throw new SkipException(missing);
        }
    }

    public static bool IsAvailable(HostKind kind) => kind == HostKind.LocalHost || FunctionsHostCommand.Find(out _) is not null;
}
