using Aanmelding.Core.Selection;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Functions;

/// <summary>Selection routes (admin, behind function keys).</summary>
public sealed class SelectionFunctions(SelectionServices services)
{
    [Function("AdminOutcome")]
    public Task<IActionResult> Outcome([HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.AdminOutcome)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(OutcomeEndpoint.HandleAsync(request.HttpContext, callId, services));

    [Function("AdminFinalize")]
    public Task<IActionResult> Finalize(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Routes.AdminFinalize)] HttpRequest request,
        string callId,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(FinalizeEndpoint.HandleAsync(request.HttpContext, callId, durable, services));
}
