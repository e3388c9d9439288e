using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;

namespace Aanmelding.LocalHost;

/// <summary>
/// LocalHost's side of the periodic sweep (<see cref="WorkflowSweep"/>; the Functions host runs it on a timer): at
/// start, for whatever a previous process left, then at each moment of <see cref="WorkflowSweepSchedule"/> (the
/// schedule the Functions timer runs on) for as long as the process runs.
/// </summary>
public sealed partial class WorkflowSweepLoop(DurableTaskClient durable, WorkflowSweep sweep, WorkflowSweepSchedule schedule, TimeProvider time, ILogger<WorkflowSweepLoop> logger)
    : BackgroundService
{
    static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan? wait = null;
            try
            {
                var result = await sweep.RunAsync(durable, stoppingToken);
                LogSwept(logger, result.Started, result.AlreadyStarted, result.CallsWoken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The sidecar may still be coming up, or storage is away: try again soon rather than a whole interval on.
                LogFailed(logger, e.GetType().Name);
                wait = RetryAfterFailure;
            }

            var now = time.GetUtcNow();
            await Task.Delay(wait ?? schedule.Next(now) - now, time, stoppingToken);
        }
    }

    [LoggerMessage(LogLevel.Information, "Sweep: {Started} workflows started, {AlreadyStarted} found started, {Woken} calls woken")]
    static partial void LogSwept(ILogger logger, int started, int alreadyStarted, int woken);

    [LoggerMessage(LogLevel.Debug, "Sweep did not finish ({Error}); trying again shortly")]
    static partial void LogFailed(ILogger logger, string error);
}
