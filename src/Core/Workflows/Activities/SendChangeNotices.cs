using Aanmelding.Core.Email;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// After the applicant changed the application: confirms the change to the applicant with every answer, and tells each
/// beoordelaar whose review is of an earlier version, with their review link. Only for the version that is current:
/// a later change has its own event. Each mail goes out once per version, however often this runs.
/// </summary>
public sealed class SendChangeNotices(ApplicationLookup lookup, ReceiptTokens receipts, ReviewTokens reviews, LinkBuilder links, Mailer mailer)
    : WorkflowActivity<ChangeNoticeRequest, int>
{
    public override async Task<int> ExecuteAsync(ChangeNoticeRequest request, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(request.ApplicationId, cancellationToken) is not { } found || found.Application.Version != request.Version)
        {
            return 0;
        }

        var (application, call) = found;
        var version = $"{EmailKinds.ChangeNotice}-v{request.Version}";
        var told = application.Reviews
            .Where(application.IsOfEarlierVersion)
            .Select(r => r.Coordinator)
            .Where(coordinator => call.Coordinators.Contains(coordinator, StringComparer.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        foreach (var coordinator in told)
        {
            var message = EmailTemplates.ChangeNotice(call, application, coordinator, links.Review(application.Id, reviews.Create(application.Id, coordinator, call)));
            await mailer.SendOnceAsync(SentEmailKey.For(application.Id, version, coordinator), message, cancellationToken);
        }

        if (application.Form.Contact?.Email is { Length: > 0 })
        {
            var confirmation = EmailTemplates.ChangeConfirmation(call, application, links.Receipt(application.Id, receipts.Create(application.Id, call)));
            await mailer.SendOnceAsync(SentEmailKey.For(application.Id, $"{EmailKinds.ChangeConfirmation}-v{request.Version}"), confirmation, cancellationToken);
        }

        return told.Count;
    }
}
