using Aanmelding.Core.Calls;
using Aanmelding.Core.Privacy;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>Reads what is due for erasure in the call, and when, as configuration and storage say now (<see cref="RetentionService.PlanAsync"/>).</summary>
public sealed class GetRetentionPlan(CallCatalog calls, RetentionService retention) : CallActivity<RetentionPlan>(calls)
{
    /// <summary>A call no longer configured: nothing due; read again later, should it come back.</summary>
    protected override RetentionPlan WhenCallMissing => new(null, null, RetentionRule.RecheckInterval);

    protected override Task<RetentionPlan> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken) =>
        retention.PlanAsync(call, cancellationToken);
}
