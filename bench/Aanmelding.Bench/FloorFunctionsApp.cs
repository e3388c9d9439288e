using Aanmelding.Launcher;

namespace Aanmelding.Bench;

/// <summary>The floor under the Functions host: <c>bench/Aanmelding.Bench.Floor</c> under the real host, on the same Azurite.</summary>
public sealed class FloorFunctionsApp(AppHost host) : IFloor
{
    /// <summary>The floor app's build output, which the Functions host runs (also for <see cref="BaselineFunctionsApp"/>).</summary>
    public static string Output => Path.Combine(Repository.Root, "bench", "Aanmelding.Bench.Floor", "bin", Repository.Configuration, "net10.0");

    public Uri BaseAddress => host.BaseAddress;

    /// <summary>
    /// The floor alone: the app's baseline orchestrator and activity stay off (no durable worker polling a task hub), so the floor is
    /// the one HTTP function it was before the baseline moved in.
    /// </summary>
    public static async Task<FloorFunctionsApp> StartAsync(string storage, string taskHub) =>
        new(await AppHost.StartAsync(HostKind.Functions, new AppHostOptions
        {
            Storage = storage,
            FunctionsApp = Output,
            TaskHub = taskHub,
            Settings = new Dictionary<string, string>
            {
                [$"AzureWebJobs.{Floor.BenchBaseline.Orchestrator}.Disabled"] = "true",
                [$"AzureWebJobs.{Floor.BenchBaseline.Step}.Disabled"] = "true",
            },
        }));

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
