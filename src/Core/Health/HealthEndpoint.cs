using Aanmelding.Core.Configuration;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Aanmelding.Core.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Health;

/// <summary>
/// <c>GET /api/health</c>: 200 when storage and the workflow engine both answer, 503 with Retry-After when either
/// does not, so "healthy" means a submission would be taken in. <c>workflowStartsQueued</c> tells how many accepted
/// applications in this process still wait for their workflow to start (a backlog in the rush before a deadline).
/// A configuration the app refuses to run with is a 503 that lists why (<c>configuration</c>), without secrets.
/// </summary>
public static class HealthEndpoint
{
    const string ProbeInstanceId = "health-probe";

    public static async Task<IResult> HandleAsync(HttpContext context, DurableTaskClient? durable, [AsParameters] HealthServices services)
    {
        if (!services.Configuration.IsValid)
        {
            return Results.Json(new { status = "misconfigured", configuration = services.Configuration.Problems }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var tables = services.Tables;
        var storage = await ProbeAsync(context, async token =>
        {
            await foreach (var _ in tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: token).AsPages())
            {
                break;
            }
        });
        var workflows = durable is null || await ProbeAsync(context, token => durable.GetInstanceAsync(ProbeInstanceId, getInputsAndOutputs: false, token));

        var queued = services.Dispatcher.Pending;
        if (storage && workflows)
        {
            return Results.Json(new { status = "ok", storage = "ok", workflows = "ok", workflowStartsQueued = queued });
        }

        context.Response.Headers.RetryAfter = "5";
        return Results.Json(
            new { status = "unavailable", storage = storage ? "ok" : "unreachable", workflows = workflows ? "ok" : "unreachable", workflowStartsQueued = queued },
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
