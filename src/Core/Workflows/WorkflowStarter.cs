using Aanmelding.Core.Applications;
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

    public Task<bool> StartApplicationWorkflowAsync(DurableTaskClient durable, Application application, CancellationToken cancellationToken) =>
        StartOnceAsync(
            durable,
            nameof(ApplicationWorkflow),
            new ApplicationWorkflowInput(application.Id),
            ApplicationWorkflow.InstanceId(application.Id),
            cancellationToken);

    /// <summary>
    /// Starts the workflow of an application that was stored just now under a freshly drawn id, so no instance can
    /// exist yet: one engine call, without <see cref="StartOnceAsync"/>'s lookup (which costs the intake a storage
    /// round trip on every submission).
    /// </summary>
    public async Task StartNewApplicationWorkflowAsync(DurableTaskClient durable, Application application, CancellationToken cancellationToken)
    {
        var instanceId = ApplicationWorkflow.InstanceId(application.Id);
        try
        {
            await durable.ScheduleNewOrchestrationInstanceAsync(
                nameof(ApplicationWorkflow),
                new ApplicationWorkflowInput(application.Id),
                new StartOrchestrationOptions(instanceId).WithDedupeStatuses(AnyStatus),
                cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The engine may have taken the start before the failure reached us; then the workflow runs.
            if (await durable.GetInstanceAsync(instanceId, getInputsAndOutputs: false, CancellationToken.None) is null)
            {
                throw;
            }
        }
    }

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
