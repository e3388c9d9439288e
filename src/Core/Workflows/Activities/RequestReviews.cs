using Aanmelding.Core.Applications;
using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// E-mails each coordinator of the call a personal review link (valid until the review deadline). Returns how many
/// coordinators were asked; a coordinator already mailed is not mailed again. A call with
/// <see cref="Calls.CallDefinition.ReviewRequestDigest"/> asks nobody here: the digest at the close of intake does.
/// </summary>
public sealed class RequestReviews(ApplicationLookup lookup, ReviewTokens tokens, LinkBuilder links, Mailer mailer)
    : WorkflowActivity<string, int>
{
    public override async Task<int> ExecuteAsync(string applicationId, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(applicationId, cancellationToken) is not { } found)
        {
            return 0;
        }

        var (application, call) = found;
        if (application.Status == ApplicationStatus.Withdrawn || call.ReviewRequestDigest)
        {
            // Withdrawn before the requests went out: coordinators get only the withdrawal notice. With the digest, the
            // close of intake asks for every application at once.
            return 0;
        }

        foreach (var coordinator in call.Coordinators)
        {
            var reviewUrl = links.Review(application.Id, tokens.Create(application.Id, coordinator, call));
            var message = EmailTemplates.ReviewRequest(call, application, coordinator, reviewUrl, call.ReviewDeadline);
            await mailer.SendOnceAsync(SentEmailKey.For(applicationId, EmailKinds.ReviewRequest, coordinator), message, cancellationToken);
        }

        return call.Coordinators.Count;
    }
}
