using Aanmelding.Core.Telemetry;
using Microsoft.DurableTask;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// An activity written once in Core. LocalHost registers it with the Durable Task worker; a Functions
/// [ActivityTrigger] method resolves it from DI and calls <see cref="InvokeAsync"/>. Activities run at least
/// once, so every implementation must be idempotent.
/// </summary>
public abstract class WorkflowActivity<TInput, TOutput> : TaskActivity<TInput, TOutput>
{
    /// <summary>The span tag that names what the input is: an application id unless the activity says it is a call id.</summary>
    protected virtual string SubjectTag => AanmeldingTelemetry.ApplicationIdTag;

    public abstract Task<TOutput> ExecuteAsync(TInput input, CancellationToken cancellationToken);

    /// <summary>Runs the activity inside its span (named after the activity, tagged with its subject); both hosts enter here.</summary>
    public Task<TOutput> InvokeAsync(TInput input, CancellationToken cancellationToken) =>
        InSpanAsync(input, () => ExecuteAsync(input, cancellationToken));

    /// <summary>Runs <paramref name="work"/> inside the activity's span; every way into an activity comes through here.</summary>
    protected async Task<TOutput> InSpanAsync(TInput input, Func<Task<TOutput>> work)
    {
        using var span = AanmeldingTelemetry.Source.StartActivity(GetType().Name);
        if (input is string subject)
        {
            span?.SetTag(SubjectTag, subject);
        }

        try
        {
            return await work();
        }
        catch (Exception e)
        {
            AanmeldingTelemetry.RecordFailure(span, e);
            throw;
        }
    }

    public sealed override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) =>
        InvokeAsync(input, CancellationToken.None);
}
