using Aanmelding.Core.Review;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Functions;

/// <summary>Coordinator and admin routes; admin routes are behind function keys (AuthorizationLevel.Function).</summary>
public sealed class ReviewFunctions(ReviewServices services)
{
    [Function("ReviewPage")]
    public Task<IActionResult> ReviewPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ReviewPage)] HttpRequest request, string id) =>
        HttpResultAdapter.From(ReviewEndpoint.PageAsync(request.HttpContext, id, services));

    [Function("ReviewDecision")]
    public Task<IActionResult> ReviewDecision(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ReviewPage)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(ReviewEndpoint.FormPostAsync(request.HttpContext, id, durable, services));

    [Function("ReviewApi")]
    public Task<IActionResult> ReviewApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ReviewApi)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(ReviewEndpoint.JsonAsync(request.HttpContext, id, durable, services));

    [Function("AdminApplications")]
    public Task<IActionResult> AdminApplications([HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.AdminApplications)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(AdminApplicationsEndpoint.HandleAsync(request.HttpContext, callId, services));
}
