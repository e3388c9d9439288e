using Aanmelding.Core.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Core.Web;

/// <summary>
/// <c>GET /api/health</c>: 200 when storage and the workflow engine both answer, 503 with Retry-After when either
/// does not, so "healthy" means a submission would be taken in.
/// </summary>
public static class HealthEndpoint
{
    const string ProbeInstanceId = "health-probe";

    public static async Task<IResult> HandleAsync(HttpContext context, DurableTaskClient? durable)
    {
        var tables = context.RequestServices.GetRequiredService<TableSet>();
        var storage = await ProbeAsync(context, async token =>
        {
            await foreach (var _ in tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: token).AsPages())
            {
                break;
            }
        });
        var workflows = durable is null || await ProbeAsync(context, token => durable.GetInstanceAsync(ProbeInstanceId, getInputsAndOutputs: false, token));

        if (storage && workflows)
        {
            return Results.Json(new { status = "ok", storage = "ok", workflows = "ok" });
        }

        context.Response.Headers.RetryAfter = "5";
        return Results.Json(
            new { status = "unavailable", storage = storage ? "ok" : "unreachable", workflows = workflows ? "ok" : "unreachable" },
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    static async Task<bool> ProbeAsync(HttpContext context, Func<CancellationToken, Task> probe)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await probe(timeout.Token);
            return true;
        }
        catch (Exception e) when (HttpGuard.IsOutage(e) || e is OperationCanceledException)
        {
            return false;
        }
    }
}
