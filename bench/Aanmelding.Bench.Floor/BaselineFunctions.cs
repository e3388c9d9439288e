using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Bench.Floor;

/// <summary>
/// <see cref="BenchBaseline"/> under the real Functions host: the orchestrator and its activity in this worker, behind
/// the host's durable extension, as the product's workflows run. Two thin HTTP functions let the bench start an
/// instance and raise its event through the host's own durable client, not through one of the bench's.
/// </summary>
public static class BaselineFunctions
{
    [Function(BenchBaseline.Orchestrator)]
    public static Task<int> Run([OrchestrationTrigger] TaskOrchestrationContext context) => BenchBaseline.RunAsync(context);

    [Function(BenchBaseline.Step)]
    public static int Step([ActivityTrigger] int step) => BenchBaseline.RunStep(step);

    [Function("BaselineStart")]
    public static async Task<IActionResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "baseline/{id}")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable)
    {
        await durable.ScheduleNewOrchestrationInstanceAsync(BenchBaseline.Orchestrator, id, new StartOrchestrationOptions(id), request.HttpContext.RequestAborted);
        return new AcceptedResult();
    }

    [Function("BaselineEvent")]
    public static async Task<IActionResult> Raise(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "baseline/{id}/event")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable)
    {
        await durable.RaiseEventAsync(id, BenchBaseline.EventName, true, request.HttpContext.RequestAborted);
        return new AcceptedResult();
    }
}
