using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>
/// One host for the intake tests, with calls of its own: open (a July deadline), closed (deadline in the past), a
/// December deadline and one that admits only gemeenten. Tests never interfere because each uses its own wijk names.
/// </summary>
public sealed class IntakeHost(AppHost host) : IAsyncDisposable
{
    public const string FirstCoordinator = "coordinator-een@example.org";
    public const string SecondCoordinator = "coordinator-twee@example.org";

    /// <summary>Friday 13 July 2029, summer time (+02:00).</summary>
    public static readonly DateTime OpenDeadline = new(2029, 7, 13, 23, 59, 59);

    /// <summary>Friday 13 December 2030, winter time (+01:00).</summary>
    public static readonly DateTime WinterDeadline = new(2030, 12, 13, 23, 59, 59);

    /// <summary>Friday 12 July 2024, 17:00: long past.</summary>
    public static readonly DateTime ClosedDeadline = new(2024, 7, 12, 17, 0, 0);

    public AppHost Host { get; } = host;
    public HttpClient Client => Host.Client;
    public string OpenCallId { get; private init; } = "";
    public string ClosedCallId { get; private init; } = "";
    public string WinterCallId { get; private init; } = "";
    public string GemeenteOnlyCallId { get; private init; } = "";

    public static async Task<IntakeHost> StartAsync(HostKind kind)
    {
        string open = CallConfiguration.NewCallId(), closed = CallConfiguration.NewCallId(), winter = CallConfiguration.NewCallId(), gemeenteOnly = CallConfiguration.NewCallId();
        var settings = CallConfiguration.Open(open, OpenDeadline, FirstCoordinator, SecondCoordinator);
        foreach (var (key, value) in CallConfiguration.Open(closed, ClosedDeadline))
        {
            settings[key] = value;
        }

        foreach (var (key, value) in CallConfiguration.Open(winter, WinterDeadline))
        {
            settings[key] = value;
        }

        settings[$"Calls__{winter}__Title"] = "Winteroproep";
        settings[$"Calls__{winter}__Organisers__0"] = "Stichting Warme Wijk";
        settings.Remove($"Calls__{winter}__Organisers__1");
        settings[$"Calls__{winter}__Capacity"] = "5";

        foreach (var (key, value) in CallConfiguration.Open(gemeenteOnly))
        {
            settings[key] = value;
        }

        settings[$"Calls__{gemeenteOnly}__ApplicantTypes__0"] = "gemeente";

        var host = await StartReadyAsync(kind, settings);
        return new IntakeHost(host) { OpenCallId = open, ClosedCallId = closed, WinterCallId = winter, GemeenteOnlyCallId = gemeenteOnly };
    }

    /// <summary>
    /// Starts a host and waits until it is healthy: storage and the workflow engine answer (<c>/api/health</c>). A call's
    /// workflow is not there yet at start under the Functions host (the sweep creates it: promptly after the first
    /// submission, else at its next run), and no intake test needs it.
    /// </summary>
    public static Task<AppHost> StartReadyAsync(HostKind kind, IDictionary<string, string> settings) => TestHosts.StartAsync(kind, settings);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
