using Aanmelding.Core.Selection;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// E-mails one applicant the final outcome: what an application workflow does itself when the call's pages could not
/// (see <see cref="SendOutcomes"/>). True when the mail is out.
/// </summary>
public sealed class SendOutcome(OutcomeNotifier notifier) : WorkflowActivity<string, bool>
{
    public override Task<bool> ExecuteAsync(string applicationId, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(applicationId, cancellationToken);
}
