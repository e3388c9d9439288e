using System.Diagnostics;
using System.Text.Json;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Attachments;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Limits;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Telemetry;
using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Intake;

/// <summary>
/// Takes in one application: checks the call and the clock, validates (the municipality against the call's list:
/// what is stored is its CBS code and official name), limits the mail one contact address can be sent, enforces
/// idempotency and the one-application-per-organisation-and-wijk rule, and stores it; storing is the moment it is
/// accepted. The same transaction stores a pending start, so that any process can start its workflow
/// (<see cref="WorkflowSweep"/>); the request makes no engine call for it, it only asks this process to sweep soon
/// (<see cref="PromptSweep"/>). Attachments are checked with the form, stored under staging names before the row and
/// kept only once the row is in (<see cref="AttachmentStore"/>): a refused or failed submission leaves no file behind.
/// </summary>
public sealed partial class SubmissionService(
    CallCatalog calls,
    ApplicationStore applications,
    ClaimStore claims,
    AttachmentStore files,
    ReceiptTokens receipts,
    PromptSweep sweep,
    RateLimits limits,
    TimeProvider time,
    ILogger<SubmissionService> logger)
{
    public const int MaxIdempotencyKeyLength = 200;

    public async Task<SubmissionResult> SubmitAsync(
        string callId,
        ApplicationForm submitted,
        IReadOnlyList<AttachmentUpload> attachments,
        string? idempotencyKey,
        DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        // Tagged with ids only (a call id from the catalog, the generated application id), never the form's contents.
        using var span = AanmeldingTelemetry.Source.StartActivity("Submit application");
        try
        {
            var result = await SubmitCoreAsync(callId, submitted, attachments, idempotencyKey, durable, span, cancellationToken);
            span?.SetTag(AanmeldingTelemetry.OutcomeTag, result.Outcome.ToString());
            if (result.Application is not null)
            {
                span?.SetTag(AanmeldingTelemetry.ApplicationIdTag, result.Application.Id);
            }

            return result;
        }
        catch (Exception e)
        {
            AanmeldingTelemetry.RecordFailure(span, e);
            throw;
        }
    }

    async Task<SubmissionResult> SubmitCoreAsync(
        string callId,
        ApplicationForm submitted,
        IReadOnlyList<AttachmentUpload> attachments,
        string? idempotencyKey,
        DurableTaskClient durable,
        Activity? span,
        CancellationToken cancellationToken)
    {
        var call = calls.Find(callId);
        if (call is null)
        {
            return new SubmissionResult(SubmissionOutcome.UnknownCall);
        }

        span?.SetTag(AanmeldingTelemetry.CallIdTag, call.Id);

        // The clock decides at every request; intake never depends on a timer having fired.
        var now = time.GetUtcNow();
        if (!call.IsOpenAt(now))
        {
            // The call's workflow may still sleep on a deadline that was since moved earlier: a sweep soon wakes it.
            sweep.Request(durable);
            return new SubmissionResult(SubmissionOutcome.CallClosed) { Call = call };
        }

        var form = ApplicationFormNormalizer.Normalize(submitted);
        var errors = new Dictionary<string, string[]>(ApplicationValidator.Validate(form, call.ApplicantTypes, call.Municipalities));
        if (idempotencyKey is not null && !IsValidIdempotencyKey(idempotencyKey))
        {
            errors["Idempotency-Key"] = [$"De Idempotency-Key moet 1 tot {MaxIdempotencyKeyLength} zichtbare tekens lang zijn."];
        }

        if (AttachmentRules.Check(attachments, out var files) is { Count: > 0 } fileProblems)
        {
            errors[AttachmentRules.Field] = [.. fileProblems];
        }

        if (errors.Count > 0)
        {
            return new SubmissionResult(SubmissionOutcome.Invalid) { Call = call, Errors = errors };
        }

        // The municipality as the list has it, however it was written: its official name to show, its code to compare.
        var municipality = call.Municipalities.Resolve(form.Municipality!).Municipality!;
        form = form with { Municipality = municipality.Name };

        // Each accepted application mails its contact address: an address typed in by someone else is not mailed without end.
        if (limits.ForAddress(form.Contact!.Email!) is { Allowed: false } limited)
        {
            return new SubmissionResult(SubmissionOutcome.AddressLimited) { Call = call, Limit = limited };
        }

        // The same request again carries the same files: they are part of what an idempotency key stands for.
        var fingerprint = StorageKeys.Hash(JsonSerializer.Serialize(form) + string.Concat(files.Select(f => "|" + f.Attachment.Sha256)));
        var application = Application.Submit(call.Id, form, municipality.Code, now) with { Attachments = [.. files.Select(f => f.Attachment)] };
        span?.SetTag(AanmeldingTelemetry.ApplicationIdTag, application.Id);

        var answer = await StoreWithFilesAsync(call, application, files, idempotencyKey, fingerprint, durable, cancellationToken);
        if (answer is not null)
        {
            return answer;
        }

        // Stored: from here on the application is in, with its pending start. Its workflow starts after the answer (and
        // the sweep makes sure the call's own workflow is there to close intake at the deadline).
        sweep.Request(durable);

        LogAccepted(logger, application.Id, call.Id);
        return new SubmissionResult(SubmissionOutcome.Accepted)
        {
            Call = call,
            Application = application,
            ReceiptToken = receipts.Create(application.Id, call),
        };
    }

    /// <summary>
    /// Stages the files, stores the row (<see cref="StoreAsync"/>), and keeps the files once the row is in. When the row
    /// is not stored (refused, or an error) the staged files are removed at once; what a crash leaves, the sweep removes.
    /// </summary>
    async Task<SubmissionResult?> StoreWithFilesAsync(
        CallDefinition call, Application application, IReadOnlyList<CheckedAttachment> checkedFiles, string? idempotencyKey, string fingerprint,
        DurableTaskClient durable, CancellationToken cancellationToken)
    {
        SubmissionResult? answer;
        try
        {
            await Task.WhenAll(checkedFiles.Select(f => files.StageAsync(call.Id, application.Id, f.Attachment, f.Content, cancellationToken)));
            answer = await StoreAsync(call, application, idempotencyKey, fingerprint, durable, cancellationToken);
        }
        catch (Exception) when (checkedFiles.Count > 0)
        {
            await DiscardAsync(call.Id, application.Id);
            throw;
        }

        if (answer is not null)
        {
            if (checkedFiles.Count > 0)
            {
                await DiscardAsync(call.Id, application.Id);
            }

            return answer;
        }

        try
        {
            await Task.WhenAll(checkedFiles.Select(f => files.PromoteAsync(call.Id, application.Id, f.Attachment, f.Content, cancellationToken)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The application is in, and its files are (under staging names, which downloads read too): the sweep keeps them.
            LogPromotionDeferred(logger, application.Id);
        }

        return null;
    }

    /// <summary>Removes the staged files of an application that was not stored; if storage fails here too, the sweep does it.</summary>
    async Task DiscardAsync(string callId, string applicationId)
    {
        try
        {
            // Not the request's token: a client that went away must not leave files behind.
            await files.DiscardStagedAsync(callId, applicationId, CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogDiscardDeferred(logger, applicationId);
        }
    }

    /// <summary>The duplicate rule's key for an application: see <see cref="NeighbourhoodClaimKey(string?, string, string?)"/>.</summary>
    public static string NeighbourhoodClaimKey(Application application) =>
        NeighbourhoodClaimKey(application.Form.Organisation, application.MunicipalityIdentity, application.Form.Neighbourhood);

    /// <summary>
    /// The duplicate rule's key: the organisation and the wijk as <see cref="TextRules.ComparisonKey"/> compares text
    /// (case, spacing, hyphens, hidden characters and look-alike letters make no difference), and the municipality by
    /// its identity (<see cref="Application.MunicipalityIdentity"/>: the CBS code).
    /// </summary>
    public static string NeighbourhoodClaimKey(string? organisation, string municipalityIdentity, string? neighbourhood) =>
        string.Join('|', "wijk", TextRules.ComparisonKey(organisation ?? ""), municipalityIdentity, TextRules.ComparisonKey(neighbourhood ?? ""));

    static string IdempotencyClaimKey(string key) => "idempotency|" + key;

    static bool IsValidIdempotencyKey(string key) =>
        key.Length is > 0 and <= MaxIdempotencyKeyLength && key.All(c => c is > ' ' and < (char)127);

    /// <summary>
    /// Stores the application with its claims (the wijk's, and the idempotency key's when one was sent) in one
    /// transaction. Returns null when it is stored; otherwise the answer for a claim someone else holds: the same
    /// request again, a reused key, or a duplicate. A claim whose application was withdrawn is taken over.
    /// </summary>
    async Task<SubmissionResult?> StoreAsync(
        CallDefinition call, Application application, string? idempotencyKey, string fingerprint, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var wijkKey = NeighbourhoodClaimKey(application);
        var keyKey = idempotencyKey is null ? null : IdempotencyClaimKey(idempotencyKey);
        var wijkClaim = ClaimStore.New(call.Id, wijkKey, application.Id, null);
        var keyClaim = keyKey is null ? null : ClaimStore.New(call.Id, keyKey, application.Id, fingerprint);
        var pendingStart = PendingStartStore.New(call.Id, application.Id, application.SubmittedAt);

        for (var attempt = 0; attempt < MaxStoreAttempts; attempt++)
        {
            // The common case: nobody holds either claim, and this is the only storage round trip of the submission.
            if (await applications.TryAddAsync(application, keyClaim is null ? [wijkClaim, pendingStart] : [keyClaim, wijkClaim, pendingStart], cancellationToken))
            {
                return null;
            }

            // Nothing was stored; see who holds what. A claim and its application are stored together, so a holder's
            // application is there to be read.
            if (keyKey is not null)
            {
                var held = await claims.FindAsync(call.Id, keyKey, cancellationToken);
                if (held?.ApplicationId == application.Id)
                {
                    return null;
                }

                var earlier = held is null ? null : await applications.FindAsync(held.ApplicationId, cancellationToken);
                if (earlier is not null)
                {
                    if (held!.Fingerprint != fingerprint)
                    {
                        return new SubmissionResult(SubmissionOutcome.IdempotencyKeyReused) { Call = call };
                    }

                    // The same request again (a double-click, a retry after a lost answer): answer as the first time;
                    // its workflow runs or its start is pending, and a sweep soon makes sure.
                    sweep.Request(durable);
                    return new SubmissionResult(SubmissionOutcome.Accepted) { Call = call, Application = earlier, ReceiptToken = receipts.Create(earlier.Id, call) };
                }

                keyClaim = TakeOver(held, ClaimStore.New(call.Id, keyKey, application.Id, fingerprint));
            }

            var holder = await claims.FindAsync(call.Id, wijkKey, cancellationToken);
            if (holder?.ApplicationId == application.Id)
            {
                // Our own transaction went through and only its answer was lost (the storage client retried it): stored.
                return null;
            }

            var existing = holder is null ? null : await applications.FindAsync(holder.ApplicationId, cancellationToken);
            if (existing is not null && existing.Status != ApplicationStatus.Withdrawn)
            {
                // The refusal points the applicant at the earlier application's acknowledgement: it is on its way (its
                // workflow runs or its start is pending, and a sweep soon makes sure). Its reference is not handed out:
                // whoever asks may not be who applied (see ReceiptLinkService).
                sweep.Request(durable);
                return new SubmissionResult(SubmissionOutcome.Duplicate) { Call = call };
            }

            // Free, or held by a withdrawn application whose claim was not released: the organisation may apply again.
            wijkClaim = TakeOver(holder, ClaimStore.New(call.Id, wijkKey, application.Id, null));
        }

        throw new TimeoutException("The claims of an application kept changing while it was being stored.");
    }

    /// <summary>The claim to write: a new one, or the stored one re-pointed (its ETag makes the write conditional).</summary>
    internal static ClaimEntity TakeOver(ClaimEntity? stored, ClaimEntity fresh)
    {
        if (stored is null)
        {
            return fresh;
        }

        stored.ApplicationId = fresh.ApplicationId;
        stored.Fingerprint = fresh.Fingerprint;
        return stored;
    }

    const int MaxStoreAttempts = 10;

    [LoggerMessage(LogLevel.Warning, "The attachments of application {ApplicationId} stay under their staging names until the sweep keeps them")]
    static partial void LogPromotionDeferred(ILogger logger, string applicationId);

    [LoggerMessage(LogLevel.Warning, "The staged attachments of refused application {ApplicationId} could not be removed now; the sweep removes them")]
    static partial void LogDiscardDeferred(ILogger logger, string applicationId);

    [LoggerMessage(LogLevel.Information, "Application {ApplicationId} accepted for call {CallId}")]
    static partial void LogAccepted(ILogger logger, string applicationId, string callId);
}
