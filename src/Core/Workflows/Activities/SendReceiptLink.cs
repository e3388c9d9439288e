using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Limits;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Mails receipt links again, to the applications' own contact address: of the application a claim names, or of every
/// application of the call whose contact address has the request's reference (one mail with all their links). Nothing
/// goes out when there is no such application, it was withdrawn, or the address had all the mail it may have for now.
/// True when a mail was sent.
/// </summary>
public sealed class SendReceiptLink(
    ClaimStore claims, ApplicationLookup lookup, ApplicationStore applications, CallCatalog calls, LinkSigner signer,
    ReceiptTokens receipts, LinkBuilder links, RateLimits limits, Mailer mailer)
    : WorkflowActivity<ReceiptLinkRequest, bool>
{
    public override async Task<bool> ExecuteAsync(ReceiptLinkRequest request, CancellationToken cancellationToken)
    {
        if (request.AddressReference is not null)
        {
            return await SendForAddressAsync(request, request.AddressReference, cancellationToken);
        }

        var claim = request.ClaimRow is null ? null : await claims.FindByRowAsync(request.CallId, request.ClaimRow, cancellationToken);
        if (claim is null || await lookup.FindAsync(claim.ApplicationId, cancellationToken) is not { } found)
        {
            return false;
        }

        var (application, call) = found;
        if (application.Status == ApplicationStatus.Withdrawn || application.Form.Contact?.Email is not { Length: > 0 } address
            || !limits.ForAddress(address).Allowed)
        {
            return false;
        }

        var receiptUrl = links.Receipt(application.Id, receipts.Create(application.Id, call));
        var message = EmailTemplates.ReceiptLink(call, application, receiptUrl);
        var delivery = await mailer.SendOnceAsync(SentEmailKey.ForRequest(application.Id, EmailKinds.ReceiptLink, request.RequestId), message, cancellationToken);
        return delivery.Delivered;
    }

    async Task<bool> SendForAddressAsync(ReceiptLinkRequest request, string reference, CancellationToken cancellationToken)
    {
        if (calls.Find(request.CallId) is not { } call)
        {
            return false;
        }

        var own = (await applications.ListByCallAsync(call.Id, cancellationToken))
            .Where(a => a.Status != ApplicationStatus.Withdrawn && a.Form.Contact?.Email is { Length: > 0 } email && ContactAddressReference.Of(signer, email) == reference)
            .OrderBy(a => a.SubmittedAt)
            .ToList();
        if (own.Count == 0 || !limits.ForAddress(own[0].Form.Contact!.Email!).Allowed)
        {
            return false;
        }

        var message = EmailTemplates.ReceiptLinks(call, own[0].Form.Contact!.Email!, own.Select(a => (a, links.Receipt(a.Id, receipts.Create(a.Id, call)))).ToList());
        var delivery = await mailer.SendOnceAsync(SentEmailKey.ForRequest(call.Id, EmailKinds.ReceiptLinks, request.RequestId), message, cancellationToken);
        return delivery.Delivered;
    }
}
