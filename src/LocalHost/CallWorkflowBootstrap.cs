using Aanmelding.Core.Calls;
using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;

namespace Aanmelding.LocalHost;

/// <summary>
/// At start, makes sure every configured call has its CallWorkflow and every stored application its workflow (the
/// Functions host does this on a timer).
/// </summary>
public sealed partial class CallWorkflowBootstrap(
    DurableTaskClient durable, CallCatalog calls, ApplicationWorkflowRecovery recovery, ILogger<CallWorkflowBootstrap> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var started = await CallWorkflowStarter.EnsureAllAsync(durable, calls, stoppingToken);
                LogEnsured(logger, started);
                await recovery.StartMissingOnceAsync(durable, stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < 30)
            {
                // The sidecar may still be coming up; try again shortly.
                LogRetry(logger, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Call workflows ensured ({Started} started)")]
    static partial void LogEnsured(ILogger logger, int started);

    [LoggerMessage(LogLevel.Debug, "Call workflows not ensured yet ({Error}); retrying")]
    static partial void LogRetry(ILogger logger, string error);
}
