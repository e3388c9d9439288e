using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Tells every coordinator that an application was withdrawn and needs no review (not with
/// <see cref="Calls.CallDefinition.ReviewRequestDigest"/>, where nobody was asked about it: withdrawing ends with intake,
/// and the digest at its close counts the withdrawn ones), and confirms the withdrawal to the applicant (with what it
/// means and the way back in). Each mail goes out once, however often this runs.
/// </summary>
public sealed class SendWithdrawalNotice(ApplicationLookup lookup, ReceiptTokens receipts, LinkBuilder links, Mailer mailer)
    : WorkflowActivity<string, int>
{
    public override async Task<int> ExecuteAsync(string applicationId, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(applicationId, cancellationToken) is not { } found)
        {
            return 0;
        }

        var (application, call) = found;
        var coordinators = call.ReviewRequestDigest ? [] : call.Coordinators;
        foreach (var coordinator in coordinators)
        {
            var message = EmailTemplates.WithdrawalNotice(call, application, coordinator);
            await mailer.SendOnceAsync(SentEmailKey.For(applicationId, EmailKinds.WithdrawalNotice, coordinator), message, cancellationToken);
        }

        if (application.Form.Contact?.Email is { Length: > 0 })
        {
            var confirmation = EmailTemplates.WithdrawalConfirmation(
                call, application, links.Receipt(application.Id, receipts.Create(application.Id, call)), links.BaseUrl + LinkBuilder.FormPath(call.Id));
            await mailer.SendOnceAsync(SentEmailKey.For(applicationId, EmailKinds.WithdrawalConfirmation), confirmation, cancellationToken);
        }

        return coordinators.Count;
    }
}
