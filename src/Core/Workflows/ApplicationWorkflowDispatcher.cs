using System.Threading.Channels;
using Aanmelding.Core.Applications;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// Starts the workflows of freshly stored applications after their 202 has gone out, intake first: in the rush before
/// a deadline, starting and running workflows would take the cores and storage that accepting applications needs
/// (the bench measured intake at a fifth of its speed with workflows starting alongside). While submissions are
/// coming in a start waits, at most <see cref="MaxHold"/>, and then starts one at a time; when intake is quiet,
/// several at once. A failed start is tried again until it succeeds. The application row is stored before anything
/// is queued here, so a process that dies with starts still queued loses nothing: the next process start adopts
/// them (<see cref="ApplicationWorkflowRecovery"/>); a stopping host first starts what is queued.
/// </summary>
public sealed partial class ApplicationWorkflowDispatcher(
    WorkflowStarter workflows,
    IntakeTraffic traffic,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<ApplicationWorkflowDispatcher> logger) : BackgroundService
{
    public const string MaxHoldSetting = "Intake:WorkflowStartMaxHoldSeconds";
    const int QuietParallelism = 8;
    const int BusyParallelism = 1;
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    readonly Channel<PendingStart> queue = Channel.CreateUnbounded<PendingStart>(new UnboundedChannelOptions { SingleReader = true });
    int starting;
    int pending;

    /// <summary>How long a start may wait for intake to become quiet (default 10 s; 0 starts at once).</summary>
    public TimeSpan MaxHold { get; } = TimeSpan.FromSeconds(
        double.TryParse(configuration[MaxHoldSetting], System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 ? seconds : 10);

    /// <summary>Starts queued or running now.</summary>
    public int Pending => Volatile.Read(ref pending);

    /// <summary>Queues the start of a stored application's workflow; returns at once.</summary>
    public void Enqueue(Application application, DurableTaskClient durable)
    {
        Interlocked.Increment(ref pending);
        if (!queue.Writer.TryWrite(new PendingStart(application, durable, time.GetUtcNow(), 0)))
        {
            // The host is stopping: the row is stored, so the next process start adopts it.
            Interlocked.Decrement(ref pending);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Read until StopAsync completes the queue and it is empty: a stopping host starts what is queued, without
        // holding for intake, as far as its shutdown time allows.
        await foreach (var start in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            // Intake first, but no start waits longer than MaxHold.
            while (!stoppingToken.IsCancellationRequested && traffic.IsBusy && time.GetUtcNow() - start.QueuedAt < MaxHold)
            {
                await Task.Delay(Poll, time, CancellationToken.None);
            }

            while (Volatile.Read(ref starting) >= (traffic.IsBusy && !stoppingToken.IsCancellationRequested ? BusyParallelism : QuietParallelism))
            {
                await Task.Delay(Poll, time, CancellationToken.None);
            }

            Interlocked.Increment(ref starting);
            _ = RunAsync(start, stoppingToken);
        }

        while (Volatile.Read(ref starting) > 0)
        {
            await Task.Delay(Poll, time, CancellationToken.None);
        }
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    async Task RunAsync(PendingStart start, CancellationToken stoppingToken)
    {
        try
        {
            await workflows.StartNewApplicationWorkflowAsync(start.Durable, start.Application, CancellationToken.None);
            Interlocked.Decrement(ref pending);
        }
        catch (Exception e)
        {
            // Storage or the engine is away: try again later, backing off. Only the id is logged.
            LogStartFailed(logger, e, start.Application.Id, start.Attempt + 1);
            _ = RetryLaterAsync(start with { Attempt = start.Attempt + 1 }, stoppingToken);
        }
        finally
        {
            Interlocked.Decrement(ref starting);
        }
    }

    async Task RetryLaterAsync(PendingStart start, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, start.Attempt - 1), MaxRetryDelay.TotalSeconds));
        try
        {
            await Task.Delay(delay, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the queue is closed; the next process start adopts this application.
        }

        if (!queue.Writer.TryWrite(start))
        {
            Interlocked.Decrement(ref pending);
        }
    }

    readonly record struct PendingStart(Application Application, DurableTaskClient Durable, DateTimeOffset QueuedAt, int Attempt);

    [LoggerMessage(LogLevel.Warning, "Could not start the workflow of application {ApplicationId} (attempt {Attempt}); trying again")]
    static partial void LogStartFailed(ILogger logger, Exception exception, string applicationId, int attempt);
}
