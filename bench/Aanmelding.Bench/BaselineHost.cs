using Aanmelding.LocalHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Bench;

/// <summary>
/// <see cref="BenchBaseline"/> on LocalHost's durable wiring (<see cref="DurableSidecar"/>: engine, sidecar and worker,
/// with host.json's settings and the bench's <c>AzureFunctionsJobHost__</c> overrides) in the bench's process, on a task
/// hub of its own.
/// </summary>
public sealed class BaselineHost : IAsyncDisposable
{
    readonly WebApplication app;

    BaselineHost(WebApplication app) => this.app = app;

    public DurableTaskClient Client => app.Services.GetRequiredService<DurableTaskClient>();

    public static async Task<BaselineHost> StartAsync(string storage, string taskHub, IReadOnlyDictionary<string, string> settings)
    {
        // The sidecar reads host.json and the AzureFunctionsJobHost__ environment, as LocalHost does.
        foreach (var (key, value) in settings.Where(s => s.Key.StartsWith("AzureFunctionsJobHost__", StringComparison.Ordinal)))
        {
            Environment.SetEnvironmentVariable(key, value);
        }

        Environment.SetEnvironmentVariable("AzureFunctionsJobHost__extensions__durableTask__hubName", taskHub);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        await DurableSidecar.AddAsync(builder, storage, BenchBaseline.Register);
        var app = builder.Build();
        await app.StartAsync();
        return new BaselineHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
