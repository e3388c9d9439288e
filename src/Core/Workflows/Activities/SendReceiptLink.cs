using Aanmelding.Core.Applications;
using Aanmelding.Core.Email;
using Aanmelding.Core.Limits;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Mails the receipt link of the application a claim names, to its own contact address, unless there is no such
/// application, it was withdrawn, or the address had all the mail it may have for now. True when a link was sent.
/// </summary>
public sealed class SendReceiptLink(ClaimStore claims, ApplicationLookup lookup, ReceiptTokens receipts, LinkBuilder links, RateLimits limits, Mailer mailer)
    : WorkflowActivity<ReceiptLinkRequest, bool>
{
    public override async Task<bool> ExecuteAsync(ReceiptLinkRequest request, CancellationToken cancellationToken)
    {
        var claim = await claims.FindByRowAsync(request.CallId, request.ClaimRow, cancellationToken);
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
}
