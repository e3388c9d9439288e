using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Storage;
using Azure.Data.Tables;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Aanmelding.Core.Privacy;

/// <summary>
/// Erases one application's personal data completely (AVG): every store through its <see cref="IPersonalDataEraser"/>,
/// the application row last, so that while anything is left the application is still found and a repeated erasure
/// finishes the work. Leaves one audit line per application (<see cref="ErasureLogTable"/>): its reference, when, why,
/// and its status and gemeente code (no personal data), from which the anonymous counts per call are made.
/// </summary>
public sealed partial class ErasureService(
    ApplicationStore applications, IEnumerable<IPersonalDataEraser> erasers, TableSet tables, TimeProvider time, ILogger<ErasureService> logger)
{
    readonly IReadOnlyList<IPersonalDataEraser> erasers = [.. erasers];

    /// <summary>Erases the application; false when there is none (never was, or erased already), or not of <paramref name="callId"/> when given.</summary>
    public async Task<bool> EraseAsync(string applicationId, ErasureReason reason, DurableTaskClient durable, CancellationToken cancellationToken, string? callId = null)
    {
        var application = ApplicationReference.IsWellFormed(applicationId) ? await applications.FindAsync(applicationId, cancellationToken) : null;
        if (application is null || (callId is not null && application.CallId != callId))
        {
            return false;
        }

        // Written first: the counts survive a crash half-way, and a second run overwrites the same row.
        var log = await tables.GetAsync(ErasureLogTable.Name);
        await log.UpsertEntityAsync(ErasureLogTable.Row(application, reason, time.GetUtcNow()), TableUpdateMode.Replace, cancellationToken);

        var scope = new ErasureScope(application.CallId, application.Id, durable);
        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(scope, cancellationToken);
        }

        LogErased(logger, application.Id, reason, erasers.Count);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Application {ApplicationId} erased ({Reason}) from {Stores} stores")]
    private static partial void LogErased(ILogger logger, string applicationId, ErasureReason reason, int stores);
}
