using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>E-mails the applicant the final outcome (selected, reserve or not selected) with its reason.</summary>
public sealed class SendOutcome(
    ApplicationStore applications, CallCatalog calls, ReceiptTokens receipts, LinkBuilder links, Mailer mailer)
    : WorkflowActivity<string, bool>
{
    public override async Task<bool> ExecuteAsync(string applicationId, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(applicationId, cancellationToken);
        var call = application is null ? null : calls.Find(application.CallId);
        if (application?.Outcome is null || call is null)
        {
            return false;
        }

        var receiptUrl = links.Receipt(application.Id, receipts.Create(application.Id, call));
        var message = EmailTemplates.Outcome(call, application, receiptUrl);
        var delivery = await mailer.SendOnceAsync(MailKeys.For(applicationId, "outcome"), message, cancellationToken);
        return delivery.Delivered;
    }
}
