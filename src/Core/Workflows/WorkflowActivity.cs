using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// An activity written once in Core. LocalHost registers it with the Durable Task worker; a Functions
/// [ActivityTrigger] method resolves it from DI and calls <see cref="ExecuteAsync"/>. Activities run at least
/// once, so every implementation must be idempotent.
/// </summary>
public abstract class WorkflowActivity<TInput, TOutput> : TaskActivity<TInput, TOutput>
{
    public abstract Task<TOutput> ExecuteAsync(TInput input, CancellationToken cancellationToken);

    public sealed override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) =>
        ExecuteAsync(input, CancellationToken.None);
}
