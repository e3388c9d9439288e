using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>One retry policy for activities: storage or mail hiccups heal within minutes.</summary>
public static class WorkflowRetry
{
    public static TaskOptions Default { get; } = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 6, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(1)));
}
