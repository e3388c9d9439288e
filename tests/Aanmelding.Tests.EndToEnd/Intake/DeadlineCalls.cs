using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>
/// One LocalHost with three calls whose deadlines are set from the clock when it starts: a minute past, an hour ahead,
/// and one closing a minute after the start (time enough to submit and open a receipt before it closes).
/// </summary>
public sealed class DeadlineCalls : IAsyncLifetime
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public string PastCallId { get; } = CallConfiguration.NewCallId();
    public string AheadCallId { get; } = CallConfiguration.NewCallId();
    public string ClosingCallId { get; } = CallConfiguration.NewCallId();
    public DateTime PastDeadline { get; private set; }
    public AppHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var now = AmsterdamNow();
        PastDeadline = now.AddMinutes(-1);
        var settings = CallConfiguration.Open(PastCallId, PastDeadline);
        foreach (var (key, value) in CallConfiguration.Open(AheadCallId, now.AddHours(1)).Concat(CallConfiguration.Open(ClosingCallId, now.AddSeconds(60))))
        {
            settings[key] = value;
        }

        Host = await IntakeHost.StartReadyAsync(HostKind.LocalHost, settings);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Wall-clock time in Amsterdam now, to the second (the configuration's precision).</summary>
    static DateTime AmsterdamNow()
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Amsterdam);
        return new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, DateTimeKind.Unspecified);
    }
}
