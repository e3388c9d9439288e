using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// Starts workflows idempotently under fixed instance ids: an instance that exists in any state is never
/// replaced, so a retried request or a second starter cannot restart a workflow.
/// </summary>
public sealed class WorkflowStarter
{
    static readonly OrchestrationRuntimeStatus[] AnyStatus =
    [
        OrchestrationRuntimeStatus.Pending,
        OrchestrationRuntimeStatus.Running,
        OrchestrationRuntimeStatus.Suspended,
        OrchestrationRuntimeStatus.Completed,
        OrchestrationRuntimeStatus.Failed,
        OrchestrationRuntimeStatus.Terminated,
    ];

    /// <summary>Starts the application's workflow unless it exists; true when this call started it.</summary>
    public Task<bool> StartApplicationWorkflowAsync(DurableTaskClient durable, string applicationId, CancellationToken cancellationToken) =>
        StartOnceAsync(
            durable,
            nameof(ApplicationWorkflow),
            new ApplicationWorkflowInput(applicationId),
            ApplicationWorkflow.InstanceId(applicationId),
            cancellationToken);

    /// <summary>Starts the orchestration unless an instance with that id exists; true when this call started it.</summary>
    public static async Task<bool> StartOnceAsync(DurableTaskClient durable, string name, object input, string instanceId, CancellationToken cancellationToken)
    {
        if (await durable.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            var options = new StartOrchestrationOptions(instanceId).WithDedupeStatuses(AnyStatus);
            await durable.ScheduleNewOrchestrationInstanceAsync(name, input, options, cancellationToken);
            return true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Someone else may have started it between our check and our start: that is the outcome we wanted.
            if (await durable.GetInstanceAsync(instanceId, getInputsAndOutputs: false, CancellationToken.None) is not null)
            {
                return false;
            }

            throw;
        }
    }
}
