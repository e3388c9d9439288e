using Aanmelding.Bench.Floor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Bench;

/// <summary>
/// The floor for LocalHost: a bare Kestrel endpoint in the bench's own process doing <see cref="FloorInsert"/> (under the
/// Functions host the floor is the Functions app in <c>bench/Aanmelding.Bench.Floor</c>, doing the same).
/// </summary>
public sealed class FloorEndpoint : IFloor
{
    public const string Path = FloorInsert.Path;

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
        var table = await FloorInsert.TableAsync(storage);
        app.MapPost(Path, (Func<HttpContext, Task<IResult>>)(context => FloorInsert.HandleAsync(context, table)));

        await app.StartAsync();
        return new FloorEndpoint(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
