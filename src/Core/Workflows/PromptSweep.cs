using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// The sweep run soon after submissions, in the process that took them, after their answers: it starts their
/// workflows (acknowledgement, review requests) within seconds, without an engine call in the request. Intake goes
/// first: it waits until no submission came in for <see cref="WorkflowSweepRule.Quiet"/>, at most
/// <see cref="WorkflowSweepRule.MaxHold"/>. Nothing rests on it: what it does not get to (the process died, the engine
/// did not answer) the periodic sweep starts within <see cref="WorkflowSweepSchedule.Bound"/>.
/// </summary>
public sealed partial class PromptSweep(WorkflowSweep sweep, TimeProvider time, ILogger<PromptSweep> logger) : IDisposable
{
    readonly Lock gate = new();
    readonly CancellationTokenSource stopping = new();
    DurableTaskClient? durable;
    long first, firstAgain, last;
    bool running, again;

    /// <summary>A submission was stored with its pending start: sweep soon, through <paramref name="client"/>.</summary>
    public void Request(DurableTaskClient client)
    {
        lock (gate)
        {
            durable = client;
            last = time.GetTimestamp();
            if (running)
            {
                if (!again)
                {
                    again = true;
                    firstAgain = last;
                }

                return;
            }

            running = true;
            first = last;
        }

        _ = Task.Run(RunAsync);
    }

    async Task RunAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            DurableTaskClient client;
            while (true)
            {
                TimeSpan wait;
                lock (gate)
                {
                    wait = WorkflowSweepRule.PromptWait(time.GetElapsedTime(last), time.GetElapsedTime(first));
                    if (wait == TimeSpan.Zero)
                    {
                        // Submissions from here on are after the listing may have seen them: they ask for another round.
                        again = false;
                        client = durable!;
                        break;
                    }
                }

                if (!await DelayAsync(wait))
                {
                    return;
                }
            }

            try
            {
                await sweep.RunAsync(client, stopping.Token);
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                // Left to the periodic sweep, which is the guarantee; this is only the quick way.
                LogFailed(logger, e.GetType().Name);
            }

            lock (gate)
            {
                if (!again)
                {
                    running = false;
                    return;
                }

                first = firstAgain;
            }
        }
    }

    async Task<bool> DelayAsync(TimeSpan wait)
    {
        try
        {
            await Task.Delay(wait, time, stopping.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // Only cancelled, not disposed: a round that is just ending may still read its token.
    public void Dispose() => stopping.Cancel();

    [LoggerMessage(LogLevel.Warning, "The prompt sweep did not finish ({Error}); the periodic sweep will start what is left")]
    static partial void LogFailed(ILogger logger, string error);
}
