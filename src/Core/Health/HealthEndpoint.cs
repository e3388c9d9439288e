using Aanmelding.Core.Configuration;
using Aanmelding.Core.Web;
using Aanmelding.Core.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Health;

/// <summary>
/// <c>GET /api/health</c>: 200 when storage and the workflow engine both answer, 503 with Retry-After when either
/// does not, so "healthy" means a submission would be taken in. <c>workflowStartsPending</c> tells how many stored
/// applications no sweep has started the workflow of yet: a fresh one for a moment (the prompt sweep runs once intake
/// is quiet), one whose process died before that until the periodic sweep starts it (within
/// <see cref="WorkflowSweepSchedule.Bound"/>); null when storage does not answer.
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

        int? pending = null;
        var storage = await ProbeAsync(context, async token =>
        {
            await foreach (var _ in services.Tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: token).AsPages())
            {
                break;
            }

            pending = await services.Sweep.CountPendingAsync(token);
        });
        var workflows = durable is null || await ProbeAsync(context, token => durable.GetInstanceAsync(ProbeInstanceId, getInputsAndOutputs: false, token));

        if (storage && workflows)
        {
            return Results.Json(new { status = "ok", storage = "ok", workflows = "ok", workflowStartsPending = pending });
        }

        context.Response.Headers.RetryAfter = "5";
        return Results.Json(
            new { status = "unavailable", storage = storage ? "ok" : "unreachable", workflows = workflows ? "ok" : "unreachable", workflowStartsPending = pending },
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
