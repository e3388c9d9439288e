using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>Tells every coordinator that an application was withdrawn and needs no review.</summary>
public sealed class SendWithdrawalNotice(ApplicationStore applications, CallCatalog calls, Mailer mailer)
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
            var message = EmailTemplates.WithdrawalNotice(call, application, coordinator);
            await mailer.SendOnceAsync(MailKeys.For(applicationId, "withdrawn", coordinator), message, cancellationToken);
        }

        return call.Coordinators.Count;
    }
}
