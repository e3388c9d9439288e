using Aanmelding.Core.Applications;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Telemetry;
using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Intake;

/// <summary>
/// Withdraws an application for its applicant (DESIGN §4): only through the receipt link, only before the deadline,
/// only while it is under review, and only when the request says it is meant (the page's checkbox, or
/// <c>{"confirm": true}</c> from a JSON client): a confirmation checked in the browser alone is no check. Withdrawing
/// twice is answered as the first time. The organisation may then apply for the wijk again, and the application's
/// workflow tells the coordinators.
/// </summary>
public sealed class WithdrawalService(
    ReceiptService receipts, ApplicationStore applications, ClaimStore claims, WorkflowStarter workflows, TimeProvider time)
{
    public async Task<WithdrawalResult> WithdrawAsync(string id, string? token, bool confirmed, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var opened = await receipts.OpenAsync(id, token, cancellationToken);
        if (opened.Expired)
        {
            return new WithdrawalResult(WithdrawalOutcome.LinkExpired);
        }

        if (!opened.Found)
        {
            return new WithdrawalResult(WithdrawalOutcome.NotFound);
        }

        var call = opened.Call!;
        using var span = AanmeldingTelemetry.StartForApplication("Withdraw application", id, call.Id);
        var now = time.GetUtcNow();
        if (!call.IsOpenAt(now))
        {
            return new WithdrawalResult(WithdrawalOutcome.CallClosed, Call: call);
        }

        if (!confirmed)
        {
            return new WithdrawalResult(WithdrawalOutcome.NotConfirmed, opened.Application, call);
        }

        var updated = await applications.UpdateAsync(id, current => current.CanBeWithdrawn ? current.Withdraw(now) : null, cancellationToken);
        if (updated is null || updated.Status != ApplicationStatus.Withdrawn)
        {
            return new WithdrawalResult(WithdrawalOutcome.NotWithdrawable);
        }

        await claims.ReleaseAsync(call.Id, SubmissionService.NeighbourhoodClaimKey(updated), id, cancellationToken);

        // Withdrawn right after submitting, its workflow may still be waiting to start (intake first): an event
        // for an instance that does not exist yet would be lost.
        await workflows.StartApplicationWorkflowAsync(durable, updated, cancellationToken);
        await durable.RaiseEventAsync(ApplicationWorkflow.InstanceId(id), WorkflowEvents.Withdrawn, true, cancellationToken);
        return new WithdrawalResult(WithdrawalOutcome.Withdrawn, updated, call);
    }
}
