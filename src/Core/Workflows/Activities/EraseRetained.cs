using Aanmelding.Core.Calls;
using Aanmelding.Core.Privacy;
using Microsoft.DurableTask.Client;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>Erases one page of the call's due applications (<see cref="RetentionService.EraseDueAsync"/>); returns how many it took on.</summary>
public sealed class EraseRetained(CallCatalog calls, RetentionService retention, IServiceProvider services)
    : DurableClientActivity<RetentionPage, int>(services)
{
    protected override Task<int> ExecuteAsync(RetentionPage input, DurableTaskClient durable, CancellationToken cancellationToken) =>
        calls.Find(input.CallId) is { } call ? retention.EraseDueAsync(call, input, durable, cancellationToken) : Task.FromResult(0);
}
