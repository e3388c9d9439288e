using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// The sweep, which is how every application's workflow is started: promptly after submissions by the process that
/// took them (<see cref="PromptSweep"/>), and periodically in both hosts (the Functions timer, LocalHost's loop; on
/// <see cref="WorkflowSweepSchedule"/>), so that no promise rests on the process that made it. For every
/// configured call it makes sure the call's workflow exists (until its selection is final) and its retention workflow, wakes it when a deadline was moved to a moment already
/// past, and starts the workflow of every stored application whose start is pending (telling it of an applicant's
/// change when the row carries one), then removes that row. Every
/// step is idempotent (an application's workflow has an id derived from the application), so two sweeps at once, in
/// one process or in two, do no harm. It also settles the attachments a crashed submission left under staging names
/// (<see cref="AttachmentStore"/>): kept when the application's row lists them, removed when it does not.
/// </summary>
public sealed partial class WorkflowSweep(
    CallCatalog calls,
    PendingStartStore pendingStarts,
    ApplicationStore applications,
    AttachmentStore attachments,
    CallStateStore states,
    WorkflowStarter workflows,
    TimeProvider time,
    ILogger<WorkflowSweep> logger)
{
    const int Parallelism = 8;

    public async Task<WorkflowSweepResult> RunAsync(DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        int started = 0, alreadyStarted = 0, woken = 0;
        foreach (var call in calls.All)
        {
            // Once final, the call workflow has done its work, and after the retention period its history is purged:
            // starting it again would run the call a second time.
            var state = await states.GetAsync(call.Id, cancellationToken);
            if (state.Phase != CallPhase.Final)
            {
                await CallWorkflowStarter.EnsureStartedAsync(durable, call.Id, cancellationToken);
            }

            await CallWorkflowStarter.EnsureRetentionStartedAsync(durable, call.Id, cancellationToken);

            var pending = await pendingStarts.ListAsync(call.Id, cancellationToken);
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (start, ct) =>
            {
                if (await workflows.StartApplicationWorkflowAsync(durable, start.ApplicationId, ct))
                {
                    Interlocked.Increment(ref started);
                    LogStarted(logger, start.ApplicationId);
                }
                else
                {
                    Interlocked.Increment(ref alreadyStarted);
                }

                // The event carries only the version; the workflow ignores one it has handled (a sweep may raise it twice).
                if (start.ChangedVersion is { } version)
                {
                    await durable.RaiseEventAsync(ApplicationWorkflow.InstanceId(start.ApplicationId), WorkflowEvents.Changed, new ApplicationChangedEvent(version), ct);
                }

                // The workflow exists now, durably, and knows of the change: nothing is pending any more.
                await pendingStarts.RemoveAsync(start, ct);
            });

            try
            {
                await SettleStagedAttachmentsAsync(call.Id, now, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Files wait for the next sweep; the workflows' starts and wake-ups never wait for them.
                LogSettleFailed(logger, call.Id, e.GetType().Name);
            }

            state = await states.GetAsync(call.Id, cancellationToken);
            if (WorkflowSweepRule.IsBehindSchedule(call, state.Phase, now))
            {
                await durable.RaiseEventAsync(CallWorkflow.InstanceId(call.Id), WorkflowEvents.ScheduleChanged, true, cancellationToken);
                woken++;
                LogWoken(logger, call.Id, WireName.Of(state.Phase));
            }
        }

        return new WorkflowSweepResult(started, alreadyStarted, woken);
    }

    /// <summary>Staged files older than <see cref="WorkflowSweepRule.StagingGrace"/>: kept if their row lists them, else removed.</summary>
    async Task SettleStagedAttachmentsAsync(string callId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var staged = await attachments.ListStagedAsync(callId, now - WorkflowSweepRule.StagingGrace, cancellationToken);
        foreach (var files in staged.GroupBy(s => s.ApplicationId))
        {
            var application = await applications.FindAsync(files.Key, cancellationToken);
            if (application is null)
            {
                await attachments.DiscardStagedAsync(callId, files.Key, cancellationToken);
                LogStagedRemoved(logger, files.Key);
                continue;
            }

            foreach (var file in files)
            {
                if (application.Attachments.FirstOrDefault(a => a.Id == file.AttachmentId) is { } attachment)
                {
                    await attachments.PromoteAsync(callId, application.Id, attachment, null, cancellationToken);
                }
            }
        }
    }

    /// <summary>How many applications wait for a sweep to start their workflow (for health).</summary>
    public async Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var call in calls.All)
        {
            count += (await pendingStarts.ListAsync(call.Id, cancellationToken)).Count;
        }

        return count;
    }

    [LoggerMessage(LogLevel.Debug, "Started the workflow of application {ApplicationId}")]
    static partial void LogStarted(ILogger logger, string applicationId);

    [LoggerMessage(LogLevel.Warning, "Could not settle the staged attachments of call {CallId} ({Error}); the next sweep tries again")]
    static partial void LogSettleFailed(ILogger logger, string callId, string error);

    [LoggerMessage(LogLevel.Information, "Removed the staged attachments of {ApplicationId}, which was never stored")]
    static partial void LogStagedRemoved(ILogger logger, string applicationId);

    [LoggerMessage(LogLevel.Information, "Call {CallId} was still {Phase} after its configured moment; woke its workflow")]
    static partial void LogWoken(ILogger logger, string callId, string phase);
}
