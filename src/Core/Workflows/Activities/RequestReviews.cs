using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// E-mails each coordinator of the call a personal review link (purpose <c>review</c>, valid until the review
/// deadline). Returns how many coordinators were asked; a coordinator already mailed is not mailed again.
/// </summary>
public sealed class RequestReviews(
    ApplicationStore applications, CallCatalog calls, LinkSigner signer, LinkBuilder links, Mailer mailer)
    : WorkflowActivity<string, int>
{
    public override async Task<int> ExecuteAsync(string applicationId, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(applicationId, cancellationToken);
        var call = application is null ? null : calls.Find(application.CallId);
        if (application is null || call is null)
        {
            return 0;
        }

        foreach (var coordinator in call.Coordinators)
        {
            var token = signer.Create(application.Id, coordinator, LinkPurpose.Review, call.ReviewDeadline);
            var message = EmailTemplates.ReviewRequest(call, application, coordinator, links.Review(application.Id, token), call.ReviewDeadline);
            await mailer.SendOnceAsync(MailKeys.For(applicationId, "review", coordinator), message, cancellationToken);
        }

        return call.Coordinators.Count;
    }
}
