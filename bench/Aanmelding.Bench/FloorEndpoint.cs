using System.Text.Json;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Bench;

/// <summary>
/// The floor: a bare Kestrel endpoint in the bench's own process that reads the same JSON the same way and does one
/// Azure Table insert of the same entity (an application row) into the same Azurite, and nothing else: no checks,
/// no claims, no workflow. What our intake does beyond that is what the ratio to the floor prices.
/// </summary>
public sealed class FloorEndpoint : IAsyncDisposable
{
    public const string Path = "/floor/applications";

    readonly WebApplication app;

    FloorEndpoint(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<FloorEndpoint> StartAsync(string storage)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();

        // The same client settings as the product's (retries, timeouts).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(StorageClients.SettingName, storage)]).Build();
        var table = StorageClients.CreateTableServiceClient(configuration).GetTableClient("BenchFloor");
        await table.CreateIfNotExistsAsync();

        app.MapPost(Path, async (HttpContext context) =>
        {
            var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
            var form = JsonSerializer.Deserialize<ApplicationForm>(RequestBody.WithoutBom(body!), JsonWire.Options)!;
            var application = Application.Submit("bench-floor", form, form.Municipality ?? "", DateTimeOffset.UtcNow);
            await table.AddEntityAsync(ApplicationMapping.ToEntity(application), context.RequestAborted);
            return Results.Accepted(value: new { id = application.Id, status = application.Status });
        });

        await app.StartAsync();
        return new FloorEndpoint(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
