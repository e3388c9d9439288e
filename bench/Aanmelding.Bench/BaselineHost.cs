using Aanmelding.Bench.Floor;
using Aanmelding.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Bench;

/// <summary>
/// <see cref="BenchBaseline"/> on LocalHost's durable wiring (<see cref="DurableSidecar"/>: engine, sidecar and worker,
/// with host.json's settings and the bench's <c>AzureFunctionsJobHost__</c> overrides) in the bench's process, on a task
/// hub of its own: the baseline for LocalHost.
/// </summary>
public sealed class BaselineHost : IBaseline
{
    readonly WebApplication app;

    BaselineHost(WebApplication app, string taskHub)
    {
        this.app = app;
        TaskHub = taskHub;
    }

    public string Where => "LocalHost's durable wiring, bench process";

    public string TaskHub { get; }

    DurableTaskClient Client => app.Services.GetRequiredService<DurableTaskClient>();

    public static async Task<BaselineHost> StartAsync(string storage, string taskHub, IReadOnlyDictionary<string, string> settings)
    {
        // The sidecar reads host.json and the AzureFunctionsJobHost__ environment, as LocalHost does.
        foreach (var (key, value) in JobHostSettings(settings))
        {
            Environment.SetEnvironmentVariable(key, value);
        }

        Environment.SetEnvironmentVariable("AzureFunctionsJobHost__extensions__durableTask__hubName", taskHub);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        await DurableSidecar.AddAsync(builder, storage, Register);
        var app = builder.Build();
        await app.StartAsync();
        return new BaselineHost(app, taskHub);
    }

    // The Functions app names the same two with [Function] attributes (BaselineFunctions).
    static void Register(DurableTaskRegistry registry)
    {
        registry.AddOrchestratorFunc<string, int>(BenchBaseline.Orchestrator, (context, _) => BenchBaseline.RunAsync(context));
        registry.AddActivityFunc<int, int>(BenchBaseline.Step, (_, step) => BenchBaseline.RunStep(step));
    }

    /// <summary>The bench's <c>--set</c> settings that are host.json overrides (<c>AzureFunctionsJobHost__</c>), for either baseline host.</summary>
    public static IEnumerable<KeyValuePair<string, string>> JobHostSettings(IReadOnlyDictionary<string, string> settings) =>
        settings.Where(s => s.Key.StartsWith("AzureFunctionsJobHost__", StringComparison.Ordinal));

    public Task StartAsync(IReadOnlyList<string> instanceIds, int concurrency) =>
        Parallel.ForEachAsync(instanceIds, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (id, token) =>
            await Client.ScheduleNewOrchestrationInstanceAsync(BenchBaseline.Orchestrator, id, new StartOrchestrationOptions(id), token));

    public Task RaiseAsync(IReadOnlyList<string> instanceIds, int concurrency) =>
        Parallel.ForEachAsync(instanceIds, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (id, token) =>
            await Client.RaiseEventAsync(id, BenchBaseline.EventName, true, token));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
