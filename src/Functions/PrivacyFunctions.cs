using Aanmelding.Core.Privacy;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Functions;

/// <summary>The privacy routes (AVG): the notice, and erasure and access of one application; each only delegates to Core.</summary>
public sealed class PrivacyFunctions(PrivacyServices services)
{
    [Function("PrivacyNotice")]
    public IActionResult Notice([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.PrivacyNotice)] HttpRequest request, string callId) =>
        new HttpResultAdapter(PrivacyNoticeEndpoint.Handle(callId, services));

    [Function("AccessExport")]
    public Task<IActionResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.AccessExport)] HttpRequest request, string id) =>
        HttpResultAdapter.From(AccessExportEndpoint.HandleAsync(request.HttpContext, id, services));

    [Function("AdminErase")]
    public Task<IActionResult> Erase(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = Routes.AdminErase)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(ErasureEndpoint.HandleAsync(request.HttpContext, id, durable, services));

    [Function("AdminCounts")]
    public Task<IActionResult> Counts([HttpTrigger(AuthorizationLevel.Function, "get", Route = Routes.AdminCounts)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(CallCountsEndpoint.HandleAsync(request.HttpContext, callId, services));
}
