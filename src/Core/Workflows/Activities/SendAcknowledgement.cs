using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>E-mails the applicant a receipt with the reference and the receipt link. Sent once per application.</summary>
public sealed class SendAcknowledgement(
    ApplicationStore applications, CallCatalog calls, ReceiptTokens receipts, LinkBuilder links, Mailer mailer)
    : WorkflowActivity<string, bool>
{
    public override async Task<bool> ExecuteAsync(string applicationId, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(applicationId, cancellationToken);
        var call = application is null ? null : calls.Find(application.CallId);
        if (application is null || call is null)
        {
            return false;
        }

        var receiptUrl = links.Receipt(application.Id, receipts.Create(application.Id, call));
        var message = EmailTemplates.Acknowledgement(call, application, receiptUrl);
        var delivery = await mailer.SendOnceAsync(MailKeys.For(applicationId, "acknowledgement"), message, cancellationToken);
        return delivery.Delivered;
    }
}
