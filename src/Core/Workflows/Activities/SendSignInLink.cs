using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Limits;
using Aanmelding.Core.Office;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Mails a sign-in link to the coordinator the request names, unless that coordinator is no longer one or the address
/// had all the mail it may have for now. True when a link was sent. The link is made here, so its time runs from the
/// mail; a retry after the mail went out sends nothing (the mail's key is the request's id).
/// </summary>
public sealed class SendSignInLink(CallCatalog calls, OfficeTokens tokens, LinkBuilder links, RateLimits limits, Mailer mailer)
    : WorkflowActivity<SignInLinkRequest, bool>
{
    public override async Task<bool> ExecuteAsync(SignInLinkRequest request, CancellationToken cancellationToken)
    {
        if (calls.Find(request.CallId) is not { } call || tokens.ResolveCoordinator(call, request.CoordinatorReference) is not { } coordinator
            || !limits.ForAddress(coordinator).Allowed)
        {
            return false;
        }

        var url = links.SignInLink(call.Id, tokens.CreateLink(call, request.CoordinatorReference, request.RequestId));
        var message = EmailTemplates.SignInLink(call, coordinator, url, OfficeTokens.LinkLifetime);
        var delivery = await mailer.SendOnceAsync(SentEmailKey.For(request.RequestId, EmailKinds.SignInLink), message, cancellationToken);
        return delivery.Delivered;
    }
}
