using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Limits;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Telemetry;
using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Intake;

/// <summary>
/// Changes an application for its applicant (DESIGN §4, issue 16.2): only through the receipt link, only before the
/// deadline, only while it is under review, and checked as a new submission is (the same validation, the same
/// duplicate rule: a wijk this organisation applied for already is refused). Optimistic: a change made on a version
/// that is no longer current is refused, so two tabs cannot overwrite each other unseen. The application, its claims
/// and its pending start are written in one transaction, so the workflow learns of the change through the sweep
/// (<see cref="WorkflowSweep"/>) whatever happens to this process: nothing is half-stored, and nothing promised is lost.
/// </summary>
public sealed class ChangeService(
    ReceiptService receipts, ApplicationStore applications, ClaimStore claims, PromptSweep sweep, RateLimits limits, TimeProvider time)
{
    /// <param name="expectedVersion">The version the change was made on (the form's hidden field, or If-Match); null: whatever is current.</param>
    public async Task<ChangeResult> ChangeAsync(
        string id, string? token, ApplicationForm submitted, int? expectedVersion, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var opened = await receipts.OpenAsync(id, token, cancellationToken);
        if (opened.Expired)
        {
            return new ChangeResult(ChangeOutcome.LinkExpired);
        }

        if (!opened.Found)
        {
            return new ChangeResult(ChangeOutcome.NotFound);
        }

        var call = opened.Call!;
        using var span = AanmeldingTelemetry.StartForApplication("Change application", id, call.Id);
        var now = time.GetUtcNow();
        if (!call.IsOpenAt(now))
        {
            return new ChangeResult(ChangeOutcome.CallClosed) { Call = call, Application = opened.Application };
        }

        if (!opened.Application!.CanBeChanged)
        {
            return new ChangeResult(ChangeOutcome.NotChangeable) { Call = call, Application = opened.Application };
        }

        var form = ApplicationFormNormalizer.Normalize(submitted);
        var errors = ApplicationValidator.Validate(form, call.ApplicantTypes, call.Municipalities);
        if (errors.Count > 0)
        {
            return new ChangeResult(ChangeOutcome.Invalid) { Call = call, Application = opened.Application, Errors = errors };
        }

        var municipality = call.Municipalities.Resolve(form.Municipality!).Municipality!;
        form = form with { Municipality = municipality.Name };

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var read = await applications.FindForChangeAsync(id, cancellationToken);
            if (read is null)
            {
                return new ChangeResult(ChangeOutcome.NotFound);
            }

            var (current, etag) = read.Value;
            if (expectedVersion is { } expected && expected != current.Version)
            {
                return new ChangeResult(ChangeOutcome.Stale) { Call = call, Application = current };
            }

            if (!current.CanBeChanged)
            {
                return new ChangeResult(ChangeOutcome.NotChangeable) { Call = call, Application = current };
            }

            var changed = current.Change(form, municipality.Code, now);
            if (changed == current)
            {
                // The same answers again: nothing to store, nobody to tell.
                return new ChangeResult(ChangeOutcome.Changed) { Call = call, Application = current };
            }

            // Each change mails its contact address, as a submission does.
            if (limits.ForAddress(form.Contact!.Email!) is { Allowed: false } limited)
            {
                return new ChangeResult(ChangeOutcome.AddressLimited) { Call = call, Application = current, Limit = limited };
            }

            var (claimed, released, duplicate) = await ClaimsForAsync(current, changed, cancellationToken);
            if (duplicate)
            {
                return new ChangeResult(ChangeOutcome.Duplicate) { Call = call, Application = current };
            }

            var pending = PendingStartStore.Changed(call.Id, id, changed.Version, now);
            if (await applications.TryChangeAsync(changed, etag, claimed, released, pending, cancellationToken))
            {
                sweep.Request(durable);
                return new ChangeResult(ChangeOutcome.Changed) { Call = call, Application = changed };
            }

            // A review, a withdrawal or a claim was written in between: read again and decide again.
        }

        throw new TimeoutException("The application or its claims kept changing while a change was being stored.");
    }

    /// <summary>
    /// The claims a change writes and releases: none when the organisation, gemeente and wijk stay the same; otherwise
    /// the new wijk's claim (free, or held by a withdrawn application) and the old one released. A wijk another
    /// application of the organisation holds is a duplicate.
    /// </summary>
    async Task<(IReadOnlyList<ClaimEntity> Claimed, ClaimEntity? Released, bool Duplicate)> ClaimsForAsync(
        Application current, Application changed, CancellationToken cancellationToken)
    {
        var oldKey = SubmissionService.NeighbourhoodClaimKey(current);
        var newKey = SubmissionService.NeighbourhoodClaimKey(changed);
        if (oldKey == newKey)
        {
            return ([], null, false);
        }

        var holder = await claims.FindAsync(current.CallId, newKey, cancellationToken);
        if (holder is not null && holder.ApplicationId != current.Id
            && await applications.FindAsync(holder.ApplicationId, cancellationToken) is { Status: not ApplicationStatus.Withdrawn })
        {
            return ([], null, true);
        }

        IReadOnlyList<ClaimEntity> claimed = holder?.ApplicationId == current.Id ? [] : [SubmissionService.TakeOver(holder, ClaimStore.New(current.CallId, newKey, current.Id, null))];
        var old = await claims.FindAsync(current.CallId, oldKey, cancellationToken);
        return (claimed, old?.ApplicationId == current.Id ? old : null, false);
    }

    const int MaxAttempts = 10;
}
