using Aanmelding.Core.Selection;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// E-mails a page of applicants their final outcome, for the CallWorkflow right after the selection. Returns the ids
/// whose mail could not go out now: their own workflows send those (<see cref="SendOutcome"/>, with its retries).
/// </summary>
public sealed class SendOutcomes(OutcomeNotifier notifier) : WorkflowActivity<List<string>, List<string>>
{
    public override Task<List<string>> ExecuteAsync(List<string> applicationIds, CancellationToken cancellationToken) =>
        notifier.NotifyAllAsync(applicationIds, cancellationToken);
}
