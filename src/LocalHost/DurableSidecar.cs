using System.Net;
using System.Net.Sockets;
using Aanmelding.Core.Workflows;
using DurableTask.AzureStorage;
using Grpc.Net.Client;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;

namespace Aanmelding.LocalHost;

/// <summary>
/// The durable wiring of DESIGN §2: DurableTask.AzureStorage on Azurite behind the in-process gRPC sidecar, and
/// the Durable Task SDK worker and client talking to it over a loopback HTTP/2 port that is the sidecar's own
/// listener (<see cref="SidecarHost"/>), never the public site's. Settings come from the root host.json, like the
/// Functions host's.
/// </summary>
public static class DurableSidecar
{
    /// <summary>Adds the engine, the sidecar and the worker with <paramref name="registerTasks"/> (LocalHost: <see cref="WorkflowCatalog.Register"/>).</summary>
    public static async Task AddAsync(WebApplicationBuilder builder, string storageConnection, Action<DurableTaskRegistry> registerTasks)
    {
        var hostJson = HostJson.Load(builder.Environment.ContentRootPath);
        var durable = hostJson.GetSection("extensions:durableTask");
        var provider = durable.GetSection("storageProvider");

        // Only what host.json (or its AzureFunctionsJobHost__ override) says; what it leaves out keeps the engine's
        // default, which is Durable Functions' default too.
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = durable["hubName"] ?? throw new InvalidOperationException("host.json names no extensions.durableTask.hubName."),
            StorageAccountClientProvider = new StorageAccountClientProvider(storageConnection),
            LoggerFactory = LoggerFactory.Create(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning)),
        };
        Set<int>(provider, "partitionCount", v => settings.PartitionCount = v);
        Set<int>(provider, "controlQueueBatchSize", v => settings.ControlQueueBatchSize = v);
        Set<TimeSpan>(provider, "maxQueuePollingInterval", v => settings.MaxQueuePollingInterval = v);

        // How long a message a worker took stays hidden: after a crash, the work it held resumes this much later.
        Set<TimeSpan>(provider, "controlQueueVisibilityTimeout", v => settings.ControlQueueVisibilityTimeout = v);
        Set<TimeSpan>(provider, "workItemQueueVisibilityTimeout", v => settings.WorkItemQueueVisibilityTimeout = v);
        Set<int>(durable, "maxConcurrentActivityFunctions", v => settings.MaxConcurrentTaskActivityWorkItems = v);
        Set<int>(durable, "maxConcurrentOrchestratorFunctions", v => settings.MaxConcurrentTaskOrchestrationWorkItems = v);

        var service = new AzureStorageOrchestrationService(settings);
        try
        {
            await service.CreateIfNotExistsAsync();
        }
        catch (Exception e) when (Aanmelding.Core.Web.HttpGuard.IsOutage(e))
        {
            throw new StorageUnavailableException(
                "De opslag antwoordt niet (AzureWebJobsStorage). Start Azurite, of gebruik ./aanmelding run: dat start Azurite mee.", e);
        }

        // Registered before the worker, so the sidecar is up when the worker connects and goes down after it.
        var port = FreeLoopbackPort();
        builder.Services.AddHostedService(_ => new SidecarHost(service, port));

        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        builder.Services.AddDurableTaskWorker(b =>
        {
            b.UseGrpc(channel);
            b.AddTasks(registerTasks);
        });
        builder.Services.AddDurableTaskClient(b =>
        {
            b.UseGrpc(channel);
            b.RegisterDirectly();
        });
    }

    static void Set<T>(IConfiguration section, string key, Action<T> apply)
    {
        if (section.GetSection(key).Exists())
        {
            apply(section.GetValue<T>(key)!);
        }
    }

    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
