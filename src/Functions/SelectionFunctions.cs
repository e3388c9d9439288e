using Aanmelding.Core.Calls;
using Aanmelding.Core.Selection;
using Aanmelding.Core.Web;
using Aanmelding.Core.Workflows;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Functions;

/// <summary>Selection routes (admin, behind function keys) and the timer that keeps every call's workflow running.</summary>
public sealed class SelectionFunctions(SelectionServices services, CallCatalog calls, ApplicationWorkflowRecovery recovery)
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

    /// <summary>
    /// Every five minutes and at start-up: a call configured later gets its workflow without a submission; once per
    /// process, applications stored without their workflow (an interrupted submission) get theirs.
    /// </summary>
    [Function("EnsureCallWorkflows")]
    public async Task EnsureCallWorkflows(
        [TimerTrigger("0 */5 * * * *", RunOnStartup = true)] TimerInfo timer,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        await CallWorkflowStarter.EnsureAllAsync(durable, calls, cancellationToken);
        await recovery.StartMissingOnceAsync(durable, cancellationToken);
    }
}
