using System.Diagnostics;
using Aanmelding.Contracts;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Selection;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Telemetry;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>
/// Freezes decisions (phase finalizing), computes the selection exactly as DESIGN §4 says, stores each outcome
/// with rank and reason, and marks the call final. Deterministic over frozen input, so a second run writes the
/// same. Returns <c>id|outcome</c> for every application whose workflow must be told.
/// </summary>
public sealed class FinalizeSelection(
    CallCatalog calls, CallStateStore states, ApplicationStore applications, OutcomeStore outcomes, TimeProvider time)
    : CallActivity<List<string>>(calls)
{
    protected override List<string> WhenCallMissing => [];

    protected override async Task<List<string>> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken)
    {
        var callId = call.Id;
        await states.AdvanceAsync(callId, CallPhase.Finalizing, null, cancellationToken);

        var all = new Dictionary<string, SubmittedApplication>(StringComparer.Ordinal);
        await foreach (var app in applications.ListByCallAsync(callId, cancellationToken))
        {
            all[app.Id] = app;
        }

        var result = SelectionRule.Select(all.Values.Select(Candidate), call.Capacity, call.OnePerMunicipality);
        var rows = result.Select((o, i) =>
        {
            var app = all[o.ApplicationId];
            return new OutcomeEntity
            {
                RowKey = o.ApplicationId,
                Order = i + 1,
                Rank = o.Rank,
                Outcome = o.Outcome,
                Reason = o.Reason,
                Organisation = app.Form.Organisation,
                Municipality = app.Form.Municipality,
                Neighbourhood = app.Form.Neighbourhood,
                ApplicantType = app.Form.ApplicantType,
                Score = app.Decision == ApplicationStatus.Approved ? app.Score : null,
            };
        }).ToList();
        await outcomes.SaveAsync(callId, rows, cancellationToken);

        // Each application carries its outcome too, so the receipt and the outcome e-mail can show it.
        await Parallel.ForEachAsync(result, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (o, ct) =>
            await applications.UpdateAsync(o.ApplicationId, a => a.Outcome == o.Outcome && a.Rank == o.Rank ? null : a with
            {
                Status = o.Outcome,
                Outcome = o.Outcome == ApplicationStatus.Withdrawn ? null : o.Outcome,
                Rank = o.Rank,
                OutcomeReason = o.Reason,
            }, ct));

        var counts = result.GroupBy(o => o.Outcome).ToDictionary(g => g.Key, g => g.Count());
        // Counts on this activity's span (see WorkflowActivity.InvokeAsync), so the trace shows what the selection came to.
        var span = Activity.Current is { } current && current.Source == AanmeldingTelemetry.Source ? current : null;
        foreach (var (outcome, count) in counts)
        {
            span?.SetTag($"aanmelding.selection.{outcome}", count);
        }

        await states.AdvanceAsync(callId, CallPhase.Final, s =>
        {
            s.FinalizedAt = time.GetUtcNow();
            s.Selected = counts.GetValueOrDefault(ApplicationStatus.Selected);
            s.Reserve = counts.GetValueOrDefault(ApplicationStatus.Reserve);
            s.NotSelected = counts.GetValueOrDefault(ApplicationStatus.NotSelected);
        }, cancellationToken);

        return result.Where(o => o.Outcome != ApplicationStatus.Withdrawn).Select(o => $"{o.ApplicationId}|{o.Outcome}").ToList();
    }

    /// <summary>The state before selection, from the decision and withdrawal rather than a status a retry may have overwritten.</summary>
    static SelectionCandidate Candidate(SubmittedApplication app) => new(
        app.Id,
        app.Form.Municipality ?? "",
        app.WithdrawnAt is not null ? ApplicationStatus.Withdrawn
            : app.Decision is ApplicationStatus.Approved or ApplicationStatus.Rejected ? app.Decision
            : ApplicationStatus.Submitted,
        app.Decision == ApplicationStatus.Approved ? app.Score : null,
        app.SubmittedAt);
}
