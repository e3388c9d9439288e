using Aanmelding.Core.Applications;
using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>Reads and records a call's <see cref="CallState"/>. Its transitions only move forward, so a replayed activity changes nothing.</summary>
public sealed class CallStateStore(TableSet tables)
{
    public async Task<CallState> GetAsync(string callId, CancellationToken cancellationToken) =>
        (await GetEntityAsync(callId, cancellationToken)).ToDomain();

    /// <summary>Applies <paramref name="transition"/> to the stored state and records the result; returns the state as stored.</summary>
    public async Task<CallState> AdvanceAsync(string callId, Func<CallState, CallState> transition, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outcomes);
        for (var attempt = 0; ; attempt++)
        {
            var entity = await GetEntityAsync(callId, cancellationToken);
            var current = entity.ToDomain();
            var next = transition(current);
            if (next == current)
            {
                return current;
            }

            entity.Set(next);
            try
            {
                if (entity.ETag == default)
                {
                    await table.AddEntityAsync(entity, cancellationToken);
                }
                else
                {
                    await table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return next;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 10)
            {
                // Someone else moved it; read again.
            }
        }
    }

    async Task<CallStateEntity> GetEntityAsync(string callId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outcomes);
        var row = await table.GetEntityIfExistsAsync<CallStateEntity>(OutcomeStore.Partition(callId), CallStateEntity.Row, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value! : new CallStateEntity { PartitionKey = OutcomeStore.Partition(callId) };
    }
}
