using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>
/// One LocalHost shared by the tests of one class, with calls of its own: open (a July deadline), closed (deadline
/// in the past), a December deadline and one that admits only gemeenten. Tests in a class never interfere because
/// each uses its own wijk names.
/// </summary>
public sealed class IntakeHost : IAsyncLifetime
{
    public const string FirstCoordinator = "coordinator-een@example.org";
    public const string SecondCoordinator = "coordinator-twee@example.org";

    /// <summary>Friday 13 July 2029, summer time (+02:00).</summary>
    public static readonly DateTime OpenDeadline = new(2029, 7, 13, 23, 59, 59);

    /// <summary>Friday 13 December 2030, winter time (+01:00).</summary>
    public static readonly DateTime WinterDeadline = new(2030, 12, 13, 23, 59, 59);

    /// <summary>Friday 12 July 2024, 17:00: long past.</summary>
    public static readonly DateTime ClosedDeadline = new(2024, 7, 12, 17, 0, 0);

    LocalHostProcess? host;

    public string OpenCallId { get; } = CallConfiguration.NewCallId();
    public string ClosedCallId { get; } = CallConfiguration.NewCallId();
    public string WinterCallId { get; } = CallConfiguration.NewCallId();
    public string GemeenteOnlyCallId { get; } = CallConfiguration.NewCallId();

    public LocalHostProcess Host => host ?? throw new InvalidOperationException("The host has not started.");
    public HttpClient Client => Host.Client;

    public async Task InitializeAsync()
    {
        var settings = CallConfiguration.Open(OpenCallId, OpenDeadline, FirstCoordinator, SecondCoordinator);
        foreach (var (key, value) in CallConfiguration.Open(ClosedCallId, ClosedDeadline))
        {
            settings[key] = value;
        }

        foreach (var (key, value) in CallConfiguration.Open(WinterCallId, WinterDeadline))
        {
            settings[key] = value;
        }

        settings[$"Calls__{WinterCallId}__Title"] = "Winteroproep";
        settings[$"Calls__{WinterCallId}__Organisers__0"] = "Stichting Warme Wijk";
        settings.Remove($"Calls__{WinterCallId}__Organisers__1");
        settings[$"Calls__{WinterCallId}__Capacity"] = "5";

        foreach (var (key, value) in CallConfiguration.Open(GemeenteOnlyCallId))
        {
            settings[key] = value;
        }

        settings[$"Calls__{GemeenteOnlyCallId}__ApplicantTypes__0"] = "gemeente";

        host = await StartReadyAsync(settings);
    }

    /// <summary>
    /// Starts LocalHost and waits until its workflow engine has answered too (it has made sure every call has its
    /// CallWorkflow), not only storage: health says nothing about the in-process sidecar, which may still be starting.
    /// </summary>
    public static async Task<LocalHostProcess> StartReadyAsync(IDictionary<string, string> settings)
    {
        var started = await LocalHostProcess.StartAsync(settings);
        var giveUp = DateTime.UtcNow.AddSeconds(90);
        while (!started.Output.Contains("Call workflows ensured", StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > giveUp)
            {
                var output = started.Output;
                await started.DisposeAsync();
                throw new TimeoutException($"LocalHost's workflow engine did not answer in 90 s:{Environment.NewLine}{output}");
            }

            await Task.Delay(200);
        }

        return started;
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
