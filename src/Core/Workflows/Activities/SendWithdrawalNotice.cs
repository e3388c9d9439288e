using Aanmelding.Core.Email;
using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Tells every coordinator that an application was withdrawn and needs no review; not with
/// <see cref="Calls.CallDefinition.ReviewRequestDigest"/>, where nobody was asked about it (withdrawing ends with intake,
/// and the digest at its close counts the withdrawn ones).
/// </summary>
public sealed class SendWithdrawalNotice(ApplicationLookup lookup, Mailer mailer)
    : WorkflowActivity<string, int>
{
    public override async Task<int> ExecuteAsync(string applicationId, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(applicationId, cancellationToken) is not { } found)
        {
            return 0;
        }

        var (application, call) = found;
        if (call.ReviewRequestDigest)
        {
            return 0;
        }

        foreach (var coordinator in call.Coordinators)
        {
            var message = EmailTemplates.WithdrawalNotice(call, application, coordinator);
            await mailer.SendOnceAsync(SentEmailKey.For(applicationId, EmailKinds.WithdrawalNotice, coordinator), message, cancellationToken);
        }

        return call.Coordinators.Count;
    }
}
