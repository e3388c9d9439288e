using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Intake;

/// <summary>
/// Sends an application's receipt link again, to the contact address it was submitted with, for whoever knows its
/// organisation, municipality and wijk (the 409 for a duplicate offers this instead of the reference). The answer is
/// the same whether such an application exists or not, and the lookup and the mail happen in a workflow
/// (<see cref="ReceiptLinkWorkflow"/>) after the answer: what was asked survives the instance, and the time the answer
/// takes tells nothing either. The address gets at most what <see cref="Limits.RateLimits.ForAddress"/> allows.
/// </summary>
public sealed class ReceiptLinkService(CallCatalog calls, LinkSigner signer)
{
    /// <summary>False only for a call that does not exist (calls are public); otherwise the request is taken.</summary>
    public async Task<bool> RequestAsync(string callId, ReceiptLinkQuery query, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var call = calls.Find(callId);
        if (call is null)
        {
            return false;
        }

        var municipality = string.IsNullOrWhiteSpace(query.Municipality) ? null : call.Municipalities.Resolve(query.Municipality).Municipality;
        if (municipality is null || string.IsNullOrWhiteSpace(query.Organisation) || string.IsNullOrWhiteSpace(query.Neighbourhood))
        {
            // Nothing that could name an application: nothing to send, and the same answer.
            return true;
        }

        var claimKey = SubmissionService.NeighbourhoodClaimKey(query.Organisation, Application.MunicipalityIdentityOf(municipality.Code, null), query.Neighbourhood);
        await ScheduleAsync(new ReceiptLinkRequest(Guid.NewGuid().ToString("N"), call.Id, ClaimStore.RowOf(claimKey)), durable, cancellationToken);
        return true;
    }

    /// <summary>
    /// The links of every application of the call whose contact address is <paramref name="address"/> (in any case),
    /// mailed to that address; the workflow carries only a keyed reference of it.
    /// </summary>
    public Task RequestForAddressAsync(CallDefinition call, string address, DurableTaskClient durable, CancellationToken cancellationToken) =>
        ScheduleAsync(new ReceiptLinkRequest(Guid.NewGuid().ToString("N"), call.Id, ClaimRow: null, ContactAddressReference.Of(signer, address)), durable, cancellationToken);

    static Task<string> ScheduleAsync(ReceiptLinkRequest request, DurableTaskClient durable, CancellationToken cancellationToken) =>
        durable.ScheduleNewOrchestrationInstanceAsync(
            nameof(ReceiptLinkWorkflow), request, new StartOrchestrationOptions(ReceiptLinkWorkflow.InstanceId(request.RequestId)), cancellationToken);
}
