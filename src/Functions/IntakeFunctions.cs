using Aanmelding.Core.Intake;
using Aanmelding.Core.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Functions;

/// <summary>Applicant routes; each method only delegates to Core, with the handlers' services from the constructor.</summary>
public sealed class IntakeFunctions(IntakeServices services)
{
    /// <summary>
    /// <see cref="Routes.Root"/> ("/") as the Functions host can express it: the host replaces an empty route by the
    /// function's name (which would serve "/Root" and leave "/" to its own home page), so the root is an optional
    /// parameter that never holds a character.
    /// </summary>
    public const string RootRoute = "{root:maxlength(0)?}";

    [Function("Root")]
    public static IActionResult Root([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RootRoute)] HttpRequest request) =>
        new HttpResultAdapter(FormPageEndpoint.RedirectToDefault());

    [Function("FormPage")]
    public IActionResult FormPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.FormPage)] HttpRequest request, string callId) =>
        new HttpResultAdapter(FormPageEndpoint.Handle(request.HttpContext, callId, services));

    [Function("CallInfo")]
    public IActionResult CallInfo([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CallInfo)] HttpRequest request, string callId) =>
        new HttpResultAdapter(CallInfoEndpoint.Handle(callId, services));

    [Function("SubmitApplication")]
    public Task<IActionResult> Submit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Submit)] HttpRequest request,
        string callId,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(SubmissionEndpoint.HandleAsync(request.HttpContext, callId, durable, services));

    [Function("ReceiptLink")]
    public Task<IActionResult> ReceiptLink(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ReceiptLink)] HttpRequest request,
        string callId,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(ReceiptLinkEndpoint.HandleAsync(request.HttpContext, callId, durable, services));

    [Function("ReceiptPage")]
    public Task<IActionResult> ReceiptPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ReceiptPage)] HttpRequest request, string id) =>
        HttpResultAdapter.From(ReceiptEndpoint.PageAsync(request.HttpContext, id, services));

    [Function("ReceiptApi")]
    public Task<IActionResult> ReceiptApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ReceiptApi)] HttpRequest request, string id) =>
        HttpResultAdapter.From(ReceiptEndpoint.JsonAsync(request.HttpContext, id, services));

    [Function("WithdrawApplication")]
    public Task<IActionResult> Withdraw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Withdraw)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(WithdrawEndpoint.HandleAsync(request.HttpContext, id, durable, services));

    [Function("SubmitApplicationForm")]
    public Task<IActionResult> SubmitForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.FormPage)] HttpRequest request,
        string callId,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(SubmissionEndpoint.HandleAsync(request.HttpContext, callId, durable, services));

    [Function("ReceiptLinkForm")]
    public Task<IActionResult> ReceiptLinkForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ReceiptLinkPage)] HttpRequest request,
        string callId,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(ReceiptLinkEndpoint.HandleAsync(request.HttpContext, callId, durable, services));

    [Function("ChangeApplication")]
    public Task<IActionResult> Change(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.ReceiptApi)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(ChangeEndpoint.JsonAsync(request.HttpContext, id, durable, services));

    [Function("ChangePage")]
    public Task<IActionResult> ChangePage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ChangePage)] HttpRequest request, string id) =>
        HttpResultAdapter.From(ChangeEndpoint.PageAsync(request.HttpContext, id, services));

    [Function("ChangeApplicationForm")]
    public Task<IActionResult> ChangeForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ChangePage)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(ChangeEndpoint.FormAsync(request.HttpContext, id, durable, services));

    [Function("WithdrawApplicationForm")]
    public Task<IActionResult> WithdrawForm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.WithdrawPage)] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(WithdrawEndpoint.HandleAsync(request.HttpContext, id, durable, services));

    [Function("LostLinkPage")]
    public IActionResult LostLinkPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.LostLinkPage)] HttpRequest request, string callId) =>
        new HttpResultAdapter(LostLinkEndpoint.Page(request.HttpContext, callId, services));

    [Function("LostLinkRequest")]
    public Task<IActionResult> LostLinkRequest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.LostLinkPage)] HttpRequest request,
        string callId,
        [DurableClient] DurableTaskClient durable) =>
        HttpResultAdapter.From(LostLinkEndpoint.HandleAsync(request.HttpContext, callId, durable, services));
}
