using Aanmelding.Bench.Floor;
using Aanmelding.Launcher;
using Aanmelding.LocalHost;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Bench;

/// <summary>
/// <see cref="BenchBaseline"/> under the real Functions host: the floor's Functions app (<c>bench/Aanmelding.Bench.Floor</c>)
/// on a task hub of its own, its orchestrator and activities in the isolated worker behind the host's durable extension,
/// as our workflows run there. The bench starts instances and raises events through the app's HTTP functions, so the
/// host's own durable client does it; the durable settings are the root host.json's with the bench's overrides, as
/// for <see cref="BaselineHost"/>.
/// </summary>
public sealed class BaselineFunctionsApp : IBaseline
{
    readonly AppHost host;
    readonly HttpClient client;

    BaselineFunctionsApp(AppHost host, int concurrency)
    {
        this.host = host;
        client = LoadRun.Client(host.BaseAddress, concurrency);
    }

    public string Where => "the Functions host, floor app";

    public string TaskHub => host.TaskHub!;

    public static async Task<BaselineFunctionsApp> StartAsync(string storage, string taskHub, IReadOnlyDictionary<string, string> settings, int concurrency)
    {
        var durable = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in HostJson.Load(Repository.Root).GetSection("extensions:durableTask").AsEnumerable(makePathsRelative: true))
        {
            // The hub is the baseline's own (the launcher names it).
            if (value is not null && key != "hubName")
            {
                durable["AzureFunctionsJobHost__extensions__durableTask__" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }
        }

        foreach (var (key, value) in BaselineHost.JobHostSettings(settings))
        {
            durable[key] = value;
        }

        var host = await AppHost.StartAsync(HostKind.Functions, new AppHostOptions { Storage = storage, FunctionsApp = FloorFunctionsApp.Output, TaskHub = taskHub, Settings = durable });
        return new BaselineFunctionsApp(host, concurrency);
    }

    public Task StartAsync(IReadOnlyList<string> instanceIds, int concurrency) =>
        SendAsync(instanceIds, concurrency, id => $"/baseline/{Uri.EscapeDataString(id)}");

    public Task RaiseAsync(IReadOnlyList<string> instanceIds, int concurrency) =>
        SendAsync(instanceIds, concurrency, id => $"/baseline/{Uri.EscapeDataString(id)}/event");

    async Task SendAsync(IReadOnlyList<string> instanceIds, int concurrency, Func<string, string> path)
    {
        var result = await LoadRun.RunAsync(client, instanceIds.Count, concurrency, i => new HttpRequestMessage(HttpMethod.Post, path(instanceIds[i])), 202);
        if (result.Failed > 0)
        {
            throw new InvalidOperationException($"Baseline under the Functions host: {result.StatusSummary}; see {host.LogPath}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await host.StopAsync();
        await host.DisposeAsync();
    }
}
