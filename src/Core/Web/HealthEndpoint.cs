using Aanmelding.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Core.Web;

/// <summary><c>GET /api/health</c>: alive, and whether storage answers (200) or not (503).</summary>
public static class HealthEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context)
    {
        var tables = context.RequestServices.GetRequiredService<TableSet>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await foreach (var _ in tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages())
            {
                break;
            }

            return Results.Json(new { status = "ok", storage = "ok" });
        }
        catch (Exception e) when (HttpGuard.IsOutage(e) || e is OperationCanceledException)
        {
            context.Response.Headers.RetryAfter = "5";
            return Results.Json(new { status = "unavailable", storage = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
