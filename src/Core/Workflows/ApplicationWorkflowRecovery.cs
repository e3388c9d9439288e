using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// Starts the workflow of every application that was stored but never got one: a process that dies between
/// storing the row and starting its workflow (queued in <see cref="ApplicationWorkflowDispatcher"/>) leaves such a
/// row, and without its workflow it would never be acknowledged or reviewed. Both hosts run this once per process start.
/// </summary>
public sealed partial class ApplicationWorkflowRecovery(
    CallCatalog calls, ApplicationStore applications, WorkflowStarter workflows, ILogger<ApplicationWorkflowRecovery> logger)
{
    // Applications this process stored are still in its own hands (queued in the dispatcher until their workflow starts):
    // only those from before it started can have been left behind.
    static readonly DateTimeOffset ProcessStarted = new(System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime());

    int done;

    /// <summary>Runs <see cref="StartMissingAsync"/> the first time it is called in this process; later calls do nothing.</summary>
    public async Task StartMissingOnceAsync(DurableTaskClient durable, CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref done, 1, 0) != 0)
        {
            return;
        }

        try
        {
            await StartMissingAsync(durable, cancellationToken);
        }
        catch
        {
            Volatile.Write(ref done, 0);
            throw;
        }
    }

    /// <summary>Returns how many workflows were started.</summary>
    public async Task<int> StartMissingAsync(DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var started = 0;
        foreach (var call in calls.All)
        {
            // Only applications still waiting for their first step: anything decided, withdrawn or with an outcome
            // was reached through its workflow, so it has one.
            var waiting = (await applications.ListByCallAsync(call.Id, cancellationToken))
                .Where(a => a.Status == ApplicationStatus.Submitted && a.Outcome is null && a.SubmittedAt < ProcessStarted)
                .ToList();

            await Parallel.ForEachAsync(waiting, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (application, ct) =>
            {
                if (await workflows.StartApplicationWorkflowAsync(durable, application, ct))
                {
                    Interlocked.Increment(ref started);
                    LogAdopted(logger, application.Id);
                }
            });
        }

        return started;
    }

    [LoggerMessage(LogLevel.Warning, "Application {ApplicationId} was stored without its workflow (an interrupted submission); started it now")]
    static partial void LogAdopted(ILogger logger, string applicationId);
}
