using System.Text.Json;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Bench.Floor;

/// <summary>
/// The floor's one piece of work, under either host (the bench's own Kestrel, or this Functions app under the real
/// Functions host): read the same JSON the same way and do one Azure Table insert of the same entity (an application
/// row), nothing else: no checks, no claims, no workflow. What our intake does beyond that is what the ratio prices.
/// </summary>
public static class FloorInsert
{
    public const string Path = "/floor/applications";

    /// <summary>The floor's table, with the same client settings as the product's (retries, timeouts).</summary>
    public static async Task<TableClient> TableAsync(string storage)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(StorageClients.SettingName, storage)]).Build();
        var table = StorageClients.CreateTableServiceClient(configuration).GetTableClient("BenchFloor");
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public static async Task<IResult> HandleAsync(HttpContext context, TableClient table)
    {
        var body = await RequestBody.ReadAsync(context.Request, context.RequestAborted);
        var form = JsonSerializer.Deserialize<ApplicationForm>(RequestBody.WithoutBom(body!), JsonWire.Options)!;
        var application = Application.Submit("bench-floor", form, form.Municipality ?? "", DateTimeOffset.UtcNow);
        await table.AddEntityAsync(ApplicationMapping.ToEntity(application), context.RequestAborted);
        return Results.Accepted(value: new { id = application.Id, status = application.Status });
    }
}
