using Aanmelding.Core.Workflows;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Privacy.Erasers;

/// <summary>
/// The application's workflow (and the replacement workflow of it, if any): terminated if it still runs (so it sends nothing more), then its history purged through
/// the Durable Task client. First of all erasers: nothing may write for the application while the rest is erased.
/// </summary>
public sealed class WorkflowHistoryEraser : IPersonalDataEraser
{
    static readonly TimeSpan TerminationWait = TimeSpan.FromSeconds(30);

    public string Store => "workflow-history";

    public async Task EraseAsync(ErasureScope scope, CancellationToken cancellationToken)
    {
        await PurgeAsync(scope.Durable, ApplicationWorkflow.InstanceId(scope.ApplicationId), cancellationToken);

        // The office's replacement of this application, if it dropped out (it names the coordinator who asked).
        await PurgeAsync(scope.Durable, ReplacementWorkflow.InstanceId(scope.ApplicationId), cancellationToken);
    }

    /// <summary>Terminates the instance if it runs, waits until it has stopped, and purges its history; nothing when there is none.</summary>
    public static async Task PurgeAsync(DurableTaskClient durable, string instanceId, CancellationToken cancellationToken)
    {
        var instance = await durable.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (instance is null)
        {
            return;
        }

        if (instance.IsRunning || instance.RuntimeStatus == OrchestrationRuntimeStatus.Pending)
        {
            await durable.TerminateInstanceAsync(instanceId, new TerminateInstanceOptions { Output = "erased" }, cancellationToken);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TerminationWait);
            await durable.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: false, wait.Token);
        }

        await durable.PurgeInstanceAsync(instanceId, null, cancellationToken);
    }
}
