using System.Diagnostics;
using System.Text.Json;
using Aanmelding.Contracts;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Selection;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Telemetry;
using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Intake;

/// <summary>
/// Takes in one application: checks the call and the clock, validates, enforces idempotency and the
/// one-application-per-organisation-and-wijk rule, and stores it; storing is the moment it is accepted. Its
/// workflow is started right after (see <see cref="ApplicationWorkflowDispatcher"/>).
/// </summary>
public sealed partial class SubmissionService(
    CallCatalog calls,
    ApplicationStore applications,
    ClaimStore claims,
    ReceiptTokens receipts,
    WorkflowStarter workflows,
    ApplicationWorkflowDispatcher dispatcher,
    IntakeTraffic traffic,
    TimeProvider time,
    ILogger<SubmissionService> logger)
{
    public const int MaxIdempotencyKeyLength = 200;

    // Calls whose workflow this process has seen exist: spares a lookup on every submission.
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> callWorkflowsKnown = new(StringComparer.Ordinal);

    public async Task<SubmissionResult> SubmitAsync(
        string callId,
        ApplicationForm submitted,
        string? idempotencyKey,
        DurableTaskClient durable,
        CancellationToken cancellationToken)
    {
        // Tagged with ids only (a call id from the catalog, the generated application id), never the form's contents.
        using var busy = traffic.Enter();
        using var span = AanmeldingTelemetry.Source.StartActivity("Submit application");
        try
        {
            var result = await SubmitCoreAsync(callId, submitted, idempotencyKey, durable, span, cancellationToken);
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
            return new SubmissionResult(SubmissionOutcome.CallClosed) { Call = call };
        }

        var form = ApplicationFormNormalizer.Normalize(submitted);
        var errors = new Dictionary<string, string[]>(ApplicationValidator.Validate(form, call.ApplicantTypes));
        if (idempotencyKey is not null && !IsValidIdempotencyKey(idempotencyKey))
        {
            errors["Idempotency-Key"] = [$"De Idempotency-Key moet 1 tot {MaxIdempotencyKeyLength} zichtbare tekens lang zijn."];
        }

        if (errors.Count > 0)
        {
            return new SubmissionResult(SubmissionOutcome.Invalid) { Call = call, Errors = errors };
        }

        var fingerprint = StorageKeys.Hash(JsonSerializer.Serialize(form));
        var id = ApplicationReference.New();
        span?.SetTag(AanmeldingTelemetry.ApplicationIdTag, id);

        if (idempotencyKey is not null)
        {
            var replay = await ClaimIdempotencyKeyAsync(call, idempotencyKey, id, fingerprint, durable, cancellationToken);
            if (replay is not null)
            {
                return replay;
            }
        }

        var duplicate = await ClaimNeighbourhoodAsync(call, form, id, durable, cancellationToken);
        if (duplicate is not null)
        {
            // Nothing is stored under this id: free the key, so that the same request again is refused again at once
            // instead of waiting for an application that never comes, and a corrected form may use it.
            if (idempotencyKey is not null)
            {
                await claims.ReleaseAsync(call.Id, IdempotencyClaimKey(idempotencyKey), id, cancellationToken);
            }

            return new SubmissionResult(SubmissionOutcome.Duplicate) { Call = call, ExistingId = duplicate };
        }

        var application = new SubmittedApplication
        {
            Id = id,
            CallId = call.Id,
            Form = form,
            Status = ApplicationStatus.Submitted,
            SubmittedAt = now,
        };

        await applications.TryAddAsync(application, cancellationToken);

        // Stored: from here on the application is in. Its workflow starts right after the answer, intake first
        // (see ApplicationWorkflowDispatcher); a process that dies first leaves it to the recovery at the next start.
        dispatcher.Enqueue(application, durable);

        // The first submission makes sure the call's own workflow is there to close intake at the deadline.
        if (!callWorkflowsKnown.ContainsKey(call.Id))
        {
            await CallWorkflowStarter.EnsureStartedAsync(durable, call.Id, cancellationToken);
            callWorkflowsKnown.TryAdd(call.Id, true);
        }

        LogAccepted(logger, id, call.Id);
        return new SubmissionResult(SubmissionOutcome.Accepted)
        {
            Call = call,
            Application = application,
            ReceiptToken = receipts.Create(id, call),
        };
    }

    /// <summary>The duplicate rule's key: organisation, municipality and wijk, normalised alike.</summary>
    public static string NeighbourhoodClaimKey(ApplicationForm form) =>
        string.Join('|', "wijk", MunicipalityKey.Normalize(form.Organisation ?? ""), MunicipalityKey.Normalize(form.Municipality ?? ""), MunicipalityKey.Normalize(form.Neighbourhood ?? ""));

    static string IdempotencyClaimKey(string key) => "idempotency|" + key;

    static bool IsValidIdempotencyKey(string key) =>
        key.Length is > 0 and <= MaxIdempotencyKeyLength && key.All(c => c is > ' ' and < (char)127);

    async Task<SubmissionResult?> ClaimIdempotencyKeyAsync(
        CallDefinition call, string key, string id, string fingerprint, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            var existing = await claims.TryClaimAsync(call.Id, IdempotencyClaimKey(key), id, fingerprint, cancellationToken);
            if (existing is null)
            {
                return null;
            }

            var earlier = await applications.FindAsync(existing.ApplicationId, cancellationToken);
            var live = earlier is not null || IsInFlight(existing);
            if (live && existing.Fingerprint != fingerprint)
            {
                return new SubmissionResult(SubmissionOutcome.IdempotencyKeyReused) { Call = call, ExistingId = existing.ApplicationId };
            }

            if (earlier is null)
            {
                if (live)
                {
                    // A double-click: the first request holds the key and is still storing. Wait for it.
                    await Task.Delay(ClaimPollInterval, time, cancellationToken);
                    continue;
                }

                // The earlier attempt claimed the key long ago but never stored its application: take the key over.
                if (await claims.TryTakeOverAsync(existing, id, fingerprint, cancellationToken))
                {
                    return null;
                }

                continue;
            }

            // The same request again: answer as the first time, and make sure its workflow runs.
            await workflows.StartApplicationWorkflowAsync(durable, earlier, cancellationToken);
            return new SubmissionResult(SubmissionOutcome.Accepted)
            {
                Call = call,
                Application = earlier,
                ReceiptToken = receipts.Create(earlier.Id, call),
            };
        }

        throw new TimeoutException("An idempotency key stayed claimed by a request that did not finish.");
    }

    /// <summary>A claim younger than this whose application is not stored yet belongs to a request still running.</summary>
    static readonly TimeSpan InFlightWindow = TimeSpan.FromMinutes(2);
    static readonly TimeSpan ClaimPollInterval = TimeSpan.FromMilliseconds(200);
    const int MaxClaimAttempts = 75;

    bool IsInFlight(ClaimEntity claim) => claim.Timestamp is { } at && time.GetUtcNow() - at < InFlightWindow;

    async Task<string?> ClaimNeighbourhoodAsync(CallDefinition call, ApplicationForm form, string id, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var key = NeighbourhoodClaimKey(form);
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            var existing = await claims.TryClaimAsync(call.Id, key, id, null, cancellationToken);
            if (existing is null)
            {
                return null;
            }

            var earlier = await applications.FindAsync(existing.ApplicationId, cancellationToken);
            if (earlier is not null && earlier.Status != ApplicationStatus.Withdrawn)
            {
                // The earlier application's workflow may not have started yet (queued behind intake, or its process died):
                // the refusal points the applicant at its acknowledgement, so make sure that is on its way.
                await workflows.StartApplicationWorkflowAsync(durable, earlier, cancellationToken);
                return earlier.Id;
            }

            if (earlier is null && IsInFlight(existing))
            {
                // Another request for this wijk is being stored right now; it will most likely win.
                await Task.Delay(ClaimPollInterval, time, cancellationToken);
                continue;
            }

            // Withdrawn, or claimed long ago and never stored: the organisation may apply for this wijk again.
            if (await claims.TryTakeOverAsync(existing, id, null, cancellationToken))
            {
                return null;
            }
        }

        throw new TimeoutException("A neighbourhood claim stayed held by a request that did not finish.");
    }

    [LoggerMessage(LogLevel.Information, "Application {ApplicationId} accepted for call {CallId}")]
    static partial void LogAccepted(ILogger logger, string applicationId, string callId);
}
