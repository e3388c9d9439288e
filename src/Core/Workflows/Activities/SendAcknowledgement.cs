using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// E-mails the applicant a receipt with the reference and the receipt link. Sent once per application.
/// </summary>
public sealed class SendAcknowledgement(ApplicationLookup lookup, ReceiptTokens receipts, LinkBuilder links, Mailer mailer)
    : WorkflowActivity<string, bool>
{
    public override async Task<bool> ExecuteAsync(string applicationId, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(applicationId, cancellationToken) is not { } found)
        {
            return false;
        }

        var (application, call) = found;
        var receiptUrl = links.Receipt(application.Id, receipts.Create(application.Id, call));
        var message = EmailTemplates.Acknowledgement(call, application, receiptUrl);
        var delivery = await mailer.SendOnceAsync(SentEmailKey.For(applicationId, EmailKinds.Acknowledgement), message, cancellationToken);
        return delivery.Delivered;
    }
}
