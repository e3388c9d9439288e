using System.Diagnostics;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Telemetry;
using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Review;

/// <summary>
/// Opens an application for a coordinator (read only) and records decisions: an audit row, the current decision
/// on the application, and a ReviewDecision event with a unique id so a second delivery counts once.
/// </summary>
public sealed partial class ReviewService(
    ReviewTokens tokens,
    ApplicationStore applications,
    DecisionStore decisions,
    CallStateStore callStates,
    ApplicationLookup lookup,
    TimeProvider time,
    ILogger<ReviewService> logger)
{
    public const int MaxNoteLength = 2000;

    /// <summary>
    /// Checks the link and loads what the review page shows; changes nothing. The token is checked before anything is
    /// read, and a missing application is answered as a wrong token is (Forbidden), so ids cannot be probed. A valid
    /// link still needs its coordinator to be one of the call's now, and the call's review deadline not to have passed.
    /// </summary>
    public async Task<ReviewResult> OpenAsync(string id, string? token, CancellationToken cancellationToken)
    {
        var verified = tokens.Verify(id, token);
        if (!verified.IsValid)
        {
            return new ReviewResult(verified.State == TokenState.Expired ? ReviewOutcome.Expired : ReviewOutcome.Forbidden);
        }

        if (await lookup.FindAsync(id, cancellationToken) is not { } found)
        {
            return new ReviewResult(ReviewOutcome.Forbidden);
        }

        var (application, call) = found;
        var admitted = tokens.Admit(verified, call);
        if (!admitted.IsValid)
        {
            return new ReviewResult(admitted.State == TokenState.Expired ? ReviewOutcome.Expired : ReviewOutcome.Forbidden);
        }

        var state = await callStates.GetAsync(call.Id, cancellationToken);
        return new ReviewResult(OutcomeFor(application, state)) { Application = application, Call = call, Coordinator = admitted.Recipient };
    }

    /// <summary>Whether the application can be decided on, and if not, why not.</summary>
    static ReviewOutcome OutcomeFor(Application application, CallState state) =>
        application.Outcome is not null || state.Phase == CallPhase.Final ? ReviewOutcome.SelectionFinal
        : application.SelectionStarted || state.DecisionsFrozen ? ReviewOutcome.SelectionStarted
        : application.Status == ApplicationStatus.Withdrawn ? ReviewOutcome.Withdrawn
        : ReviewOutcome.Recorded;

    public async Task<ReviewResult> DecideAsync(string id, ReviewSubmission submission, DurableTaskClient durable, CancellationToken cancellationToken)
    {
        // Ids and the outcome only: the coordinator's address and the note stay out of telemetry.
        using var span = AanmeldingTelemetry.Source.StartActivity("Record decision");
        try
        {
            var result = await DecideCoreAsync(id, submission, durable, span, cancellationToken);
            span?.SetTag(AanmeldingTelemetry.OutcomeTag, result.Outcome.ToString());
            return result;
        }
        catch (Exception e)
        {
            AanmeldingTelemetry.RecordFailure(span, e);
            throw;
        }
    }

    async Task<ReviewResult> DecideCoreAsync(string id, ReviewSubmission submission, DurableTaskClient durable, Activity? span, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(id, submission.Token, cancellationToken);
        if (opened.Application is not null)
        {
            span?.SetTag(AanmeldingTelemetry.ApplicationIdTag, opened.Application.Id);
            span?.SetTag(AanmeldingTelemetry.CallIdTag, opened.Application.CallId);
        }

        if (opened.Outcome != ReviewOutcome.Recorded)
        {
            return opened;
        }

        var errors = Validate(submission);
        if (errors.Count > 0 || !WireName.TryParse<Decision>(submission.Decision, out var verdict))
        {
            return opened with { Outcome = ReviewOutcome.Invalid, Errors = errors };
        }

        var now = time.GetUtcNow();
        var decision = new CoordinatorDecision(
            CoordinatorDecision.NewEventId(now),
            verdict,
            submission.Score,
            opened.Coordinator!,
            string.IsNullOrWhiteSpace(submission.Note) ? null : submission.Note.Trim().ReplaceLineEndings("\n"),
            now);

        // The application changes first, under its ETag, and only while it can still be decided: the selection marks
        // each application the same way before it reads it (ApplicationStore.StartSelectionAsync), so this write either
        // lands before that mark and is counted, or finds the mark and is refused. Never "recorded" and then not counted.
        var decidable = true;
        var updated = await applications.UpdateAsync(id, current =>
        {
            decidable = current.IsUnderReview;
            return decidable ? current.Decide(decision) : null;
        }, cancellationToken);

        if (updated is null || !decidable)
        {
            var current = updated ?? opened.Application!;
            return opened with
            {
                Application = current,
                Outcome = current.Outcome is not null ? ReviewOutcome.SelectionFinal
                    : current.SelectionStarted ? ReviewOutcome.SelectionStarted
                    : ReviewOutcome.Withdrawn,
            };
        }

        await decisions.AppendAsync(id, opened.Call!.Id, decision, cancellationToken);
        await durable.RaiseEventAsync(
            ApplicationWorkflow.InstanceId(id),
            WorkflowEvents.ReviewDecision,
            new ReviewDecisionEvent(decision.EventId, decision.Decision),
            cancellationToken);

        var decided = WireName.Of(decision.Decision);
        span?.SetTag(AanmeldingTelemetry.DecisionTag, decided);
        LogRecorded(logger, id, decided, decision.EventId);
        return opened with { Application = updated ?? opened.Application, Decision = decision };
    }

    public static Dictionary<string, string[]> Validate(ReviewSubmission submission)
    {
        var errors = new Dictionary<string, string[]>();
        if (!WireName.TryParse<Decision>(submission.Decision, out _))
        {
            errors["decision"] = ["Kies goedkeuren of afwijzen."];
        }

        if (!ScoreScale.IsValid(submission.Score))
        {
            errors["score"] = [$"Een score is een heel getal van {ScoreScale.Min} tot en met {ScoreScale.Max}, of leeg."];
        }

        if (submission.Note is { Length: > MaxNoteLength })
        {
            errors["note"] = [$"Een toelichting is hoogstens {MaxNoteLength} tekens."];
        }
        else if (submission.Note is not null && submission.Note.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["note"] = ["De toelichting bevat tekens die niet zijn toegestaan."];
        }

        return errors;
    }

    [LoggerMessage(LogLevel.Information, "Decision {Decision} recorded for application {ApplicationId} as event {EventId}")]
    static partial void LogRecorded(ILogger logger, string applicationId, string decision, string eventId);
}
