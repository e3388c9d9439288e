using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// An activity that also needs the durable client (to terminate and purge instances). The Functions host has no client
/// in its container, only the <c>[DurableClient]</c> binding, so its adapter passes the bound client to
/// <see cref="InvokeAsync(TInput, DurableTaskClient, CancellationToken)"/>; LocalHost's worker runs the activity
/// through <see cref="WorkflowActivity{TInput, TOutput}.RunAsync"/>, which takes the client LocalHost registered.
/// </summary>
public abstract class DurableClientActivity<TInput, TOutput>(IServiceProvider services) : WorkflowActivity<TInput, TOutput>
{
    public sealed override Task<TOutput> ExecuteAsync(TInput input, CancellationToken cancellationToken) =>
        ExecuteAsync(input, services.GetRequiredService<DurableTaskClient>(), cancellationToken);

    /// <summary>The Functions adapter's way in, with the client of its <c>[DurableClient]</c> binding.</summary>
    public Task<TOutput> InvokeAsync(TInput input, DurableTaskClient durable, CancellationToken cancellationToken) =>
        InSpanAsync(input, () => ExecuteAsync(input, durable, cancellationToken));

    protected abstract Task<TOutput> ExecuteAsync(TInput input, DurableTaskClient durable, CancellationToken cancellationToken);
}
