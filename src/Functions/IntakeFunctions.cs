using Aanmelding.Core.Calls;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Functions;

/// <summary>Applicant routes; each method only delegates to Core.</summary>
public static class IntakeFunctions
{
    [Function("Root")]
    public static IActionResult Root([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Root)] HttpRequest request) =>
        new RedirectResult($"/calls/{Uri.EscapeDataString(CallCatalog.DefaultCallId)}");

    [Function("SubmitApplication")]
    public static Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Submit)] HttpRequest request,
        string callId,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(SubmissionEndpoint.HandleAsync(request.HttpContext, callId, durable));
}
