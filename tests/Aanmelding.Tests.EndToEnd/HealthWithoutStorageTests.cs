using Aanmelding.Core.Calls;
using System.Net;
using System.Net.Sockets;
using Aanmelding.Core.Configuration;
using Aanmelding.Core.Health;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Workflows;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Tests.EndToEnd;

/// <summary>Health reports 503 with Retry-After when storage does not answer.</summary>
public sealed class HealthWithoutStorageTests
{
    [Fact]
    public async Task Health_answers_503_when_storage_does_not_answer()
    {
        var closedPort = ClosedPort();
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        var service = new TableServiceClient(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{closedPort}/devstoreaccount1;",
            options);
        var blobs = new BlobServiceClient(new Uri($"http://127.0.0.1:{closedPort}/devstoreaccount1"), new BlobClientOptions { Retry = { MaxRetries = 0 } });
        var services = new ServiceCollection()
            .AddSingleton(new TableSet(service))
            .AddSingleton(blobs)
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(new ConfigurationCheck(new ConfigurationBuilder().AddInMemoryCollection([new(LinkSigningKey.SettingName, GeneratedSecret.New())]).Build()))
            .AddSingleton<CallCatalog>()
            .AddSingleton<PendingStartStore>()
            .AddSingleton<ApplicationStore>()
            .AddSingleton<AttachmentStore>()
            .AddSingleton<CallStateStore>()
            .AddSingleton<WorkflowStarter>()
            .AddSingleton<WorkflowSweep>()
            .AddSingleton<HealthServices>()
            .AddLogging()
            .BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        var result = await HealthEndpoint.HandleAsync(context, durable: null, services.GetRequiredService<HealthServices>());
        await result.ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
    }

    static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
