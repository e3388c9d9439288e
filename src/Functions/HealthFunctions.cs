using Aanmelding.Core.Health;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Functions;

public sealed class HealthFunctions(HealthServices services)
{
    public const string Name = "Health";

    [Function(Name)]
    public Task<IActionResult> Health(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Health)] HttpRequest request,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(HealthEndpoint.HandleAsync(request.HttpContext, durable, services));
}
