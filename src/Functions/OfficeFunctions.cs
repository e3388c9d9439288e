using Aanmelding.Core.Office;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Functions;

/// <summary>The office pages for a call's coordinators: sign-in by e-mailed link, the overview, the export, the selection and replacing a selected applicant that dropped out (Core checks the session).</summary>
public sealed class OfficeFunctions(OfficeServices services)
{
    [Function("OfficeOverview")]
    public Task<IActionResult> Overview([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Office)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(DashboardEndpoint.OverviewAsync(request.HttpContext, callId, services));

    [Function("OfficeApplication")]
    public Task<IActionResult> Application([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OfficeApplication)] HttpRequest request, string callId, string id) =>
        HttpResultAdapter.From(DashboardEndpoint.ApplicationAsync(request.HttpContext, callId, id, services));

    [Function("OfficeExport")]
    public Task<IActionResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OfficeExport)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(DashboardEndpoint.ExportAsync(request.HttpContext, callId, services));

    [Function("OfficeSelection")]
    public Task<IActionResult> Selection([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OfficeSelection)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(SelectionPreviewEndpoint.PageAsync(request.HttpContext, callId, services));

    [Function("OfficeFinalize")]
    public Task<IActionResult> Finalize(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.OfficeSelection)] HttpRequest request,
        string callId,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(SelectionPreviewEndpoint.FinalizeAsync(request.HttpContext, callId, durable, services));

    [Function("OfficeErase")]
    public Task<IActionResult> Erase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.OfficeErasure)] HttpRequest request, string callId, string id,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(OfficeErasureEndpoint.EraseAsync(request.HttpContext, callId, id, durable, services));

    [Function("OfficeReplacementPage")]
    public Task<IActionResult> ReplacementPage(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OfficeReplacement)] HttpRequest request, string callId, string id) =>
        HttpResultAdapter.From(ReplacementEndpoint.PageAsync(request.HttpContext, callId, id, services));

    [Function("OfficeReplace")]
    public Task<IActionResult> Replace(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.OfficeReplacement)] HttpRequest request,
        string callId,
        string id,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(ReplacementEndpoint.ReplaceAsync(request.HttpContext, callId, id, durable, services));

    [Function("OfficeSignInPage")]
    public Task<IActionResult> SignInPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OfficeSignIn)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(SignInEndpoint.AskAsync(request.HttpContext, callId, services));

    [Function("OfficeSignInRequest")]
    public Task<IActionResult> SignInRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.OfficeSignIn)] HttpRequest request,
        string callId,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(SignInEndpoint.RequestAsync(request.HttpContext, callId, durable, services));

    [Function("OfficeSignInLink")]
    public Task<IActionResult> SignInLink([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OfficeSignInLink)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(SignInEndpoint.LinkPageAsync(request.HttpContext, callId, services));

    [Function("OfficeSignIn")]
    public Task<IActionResult> SignIn([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.OfficeSignInLink)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(SignInEndpoint.SignInAsync(request.HttpContext, callId, services));

    [Function("OfficeSignOut")]
    public Task<IActionResult> SignOut([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.OfficeSignOut)] HttpRequest request, string callId) =>
        HttpResultAdapter.From(SignInEndpoint.SignOutAsync(request.HttpContext, callId, services));
}
