using Aanmelding.Core.Calls;
using Aanmelding.Core.Privacy;
using Aanmelding.Core.Telemetry;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>Erases the call's own personal data once its applications are gone (<see cref="RetentionService.EraseCallDataAsync"/>).</summary>
public sealed class EraseCallData(CallCatalog calls, RetentionService retention, IServiceProvider services)
    : DurableClientActivity<string, int>(services)
{
    protected override string SubjectTag => AanmeldingTelemetry.CallIdTag;

    protected override Task<int> ExecuteAsync(string input, DurableTaskClient durable, CancellationToken cancellationToken) =>
        calls.Find(input) is { } call ? retention.EraseCallDataAsync(call, durable, cancellationToken) : Task.FromResult(0);
}
