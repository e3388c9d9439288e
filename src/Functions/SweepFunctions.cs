using Aanmelding.Core.Workflows;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Functions;

/// <summary>
/// The periodic sweep (<see cref="WorkflowSweep"/>) on a timer, on the schedule the setting
/// <see cref="WorkflowSweepSchedule.SettingName"/> names (the host reads it; every 5 minutes as deployed). Not at
/// start-up: a timer that also runs whenever an instance starts would run on every scale-out, and the schedule alone
/// keeps the bound.
/// </summary>
public sealed class SweepFunctions(WorkflowSweep sweep)
{
    [Function("SweepWorkflows")]
    public Task Sweep(
        [TimerTrigger("%" + WorkflowSweepSchedule.SettingName + "%")] TimerInfo timer,
        [DurableClient] DurableTaskClient durable,
        CancellationToken cancellationToken) =>
        sweep.RunAsync(durable, cancellationToken);
}
