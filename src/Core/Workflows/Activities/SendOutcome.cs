using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>E-mails the applicant the final outcome (selected, reserve or not selected) in words for the applicant, with the real number of wijken selected.</summary>
public sealed class SendOutcome(ApplicationLookup lookup, CallStateStore states, ReceiptTokens receipts, LinkBuilder links, Mailer mailer)
    : WorkflowActivity<string, bool>
{
    public override async Task<bool> ExecuteAsync(string applicationId, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(applicationId, cancellationToken) is not { } found || found.Application.Outcome is null)
        {
            return false;
        }

        var (application, call) = found;
        var receiptUrl = links.Receipt(application.Id, receipts.Create(application.Id, call));
        var selected = (await states.GetAsync(call.Id, cancellationToken)).Selected;
        var message = EmailTemplates.Outcome(call, application, receiptUrl, selected);
        var delivery = await mailer.SendOnceAsync(SentEmailKey.For(applicationId, EmailKinds.Outcome), message, cancellationToken);
        return delivery.Delivered;
    }
}
