using Aanmelding.Contracts;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// The periodic sweep of both hosts (the Functions timer, LocalHost's loop; every
/// <see cref="WorkflowSweepRule.Interval"/>): no promise rests on the process that made it. For every configured
/// call it makes sure the call's workflow exists, wakes it when a deadline was moved to a moment already past, and
/// starts the workflow of every stored application whose start is still pending (the request that stored it
/// schedules the start itself, but may have died first). Every step is idempotent, so two hosts or two instances
/// sweeping at once do no harm.
/// </summary>
public sealed partial class WorkflowSweep(
    CallCatalog calls,
    PendingStartStore pendingStarts,
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
            await CallWorkflowStarter.EnsureStartedAsync(durable, call.Id, cancellationToken);

            var due = (await pendingStarts.ListAsync(call.Id, cancellationToken)).Where(p => WorkflowSweepRule.IsDue(p.StoredAt, now));
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (pending, ct) =>
            {
                if (await workflows.StartApplicationWorkflowAsync(durable, pending.ApplicationId, ct))
                {
                    Interlocked.Increment(ref started);
                    LogStarted(logger, pending.ApplicationId);
                }
                else
                {
                    Interlocked.Increment(ref alreadyStarted);
                }

                // The workflow exists now, durably: nothing is pending any more.
                await pendingStarts.RemoveAsync(pending, ct);
            });

            var state = await states.GetAsync(call.Id, cancellationToken);
            if (WorkflowSweepRule.IsBehindSchedule(call, state.Phase, now))
            {
                await durable.RaiseEventAsync(CallWorkflow.InstanceId(call.Id), WorkflowEvents.ScheduleChanged, true, cancellationToken);
                woken++;
                LogWoken(logger, call.Id, WireName.Of(state.Phase));
            }
        }

        return new WorkflowSweepResult(started, alreadyStarted, woken);
    }

    /// <summary>How many applications wait for the sweep to confirm or start their workflow (for health).</summary>
    public async Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var call in calls.All)
        {
            count += (await pendingStarts.ListAsync(call.Id, cancellationToken)).Count;
        }

        return count;
    }

    [LoggerMessage(LogLevel.Warning, "Application {ApplicationId} was stored without its workflow having started (its request did not get to it); started it now")]
    static partial void LogStarted(ILogger logger, string applicationId);

    [LoggerMessage(LogLevel.Information, "Call {CallId} was still {Phase} after its configured moment; woke its workflow")]
    static partial void LogWoken(ILogger logger, string callId, string phase);
}
