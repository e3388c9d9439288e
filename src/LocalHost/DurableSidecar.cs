using System.Net;
using System.Net.Sockets;
using Aanmelding.Core.Workflows;
using DurableTask.AzureStorage;
using Grpc.Net.Client;
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
    public static async Task AddAsync(WebApplicationBuilder builder, string storageConnection)
    {
        var hostJson = HostJson.Load(builder.Environment.ContentRootPath);
        var durable = hostJson.GetSection("extensions:durableTask");
        var provider = durable.GetSection("storageProvider");

        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = durable["hubName"] ?? "Aanmelding",
            StorageAccountClientProvider = new StorageAccountClientProvider(storageConnection),
            PartitionCount = provider.GetValue("partitionCount", 4),
            ControlQueueBatchSize = provider.GetValue("controlQueueBatchSize", 32),
            MaxQueuePollingInterval = provider.GetValue("maxQueuePollingInterval", TimeSpan.FromSeconds(2)),

            // How long a message a worker took stays hidden: after a crash, the work it held resumes this much later.
            ControlQueueVisibilityTimeout = provider.GetValue("controlQueueVisibilityTimeout", TimeSpan.FromMinutes(5)),
            WorkItemQueueVisibilityTimeout = provider.GetValue("workItemQueueVisibilityTimeout", TimeSpan.FromMinutes(5)),
            MaxConcurrentTaskActivityWorkItems = durable.GetValue("maxConcurrentActivityFunctions", 16),
            MaxConcurrentTaskOrchestrationWorkItems = durable.GetValue("maxConcurrentOrchestratorFunctions", 16),
            LoggerFactory = LoggerFactory.Create(b => b.AddConsole().SetMinimumLevel(LogLevel.Warning)),
        };

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
        var benchBaseline = BenchBaseline.IsOn(builder.Configuration);
        builder.Services.AddDurableTaskWorker(b =>
        {
            b.UseGrpc(channel);
            b.AddTasks(registry =>
            {
                WorkflowCatalog.Register(registry);
                if (benchBaseline)
                {
                    BenchBaseline.Register(registry);
                }
            });
        });
        builder.Services.AddDurableTaskClient(b =>
        {
            b.UseGrpc(channel);
            b.RegisterDirectly();
        });
    }

    static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
