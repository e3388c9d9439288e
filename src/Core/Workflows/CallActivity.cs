using Aanmelding.Core.Calls;
using Aanmelding.Core.Telemetry;

namespace Aanmelding.Core.Workflows;

/// <summary>
/// An activity about a whole call: its input is the call id, its span is tagged with it, and a call no longer in
/// configuration gets <see cref="WhenCallMissing"/> instead of a failure the workflow would retry for ever.
/// </summary>
public abstract class CallActivity<TOutput>(CallCatalog calls) : WorkflowActivity<string, TOutput>
{
    protected override string SubjectTag => AanmeldingTelemetry.CallIdTag;

    protected abstract TOutput WhenCallMissing { get; }

    public sealed override Task<TOutput> ExecuteAsync(string input, CancellationToken cancellationToken) =>
        calls.Find(input) is { } call ? ExecuteAsync(call, cancellationToken) : Task.FromResult(WhenCallMissing);

    protected abstract Task<TOutput> ExecuteAsync(CallDefinition call, CancellationToken cancellationToken);
}
