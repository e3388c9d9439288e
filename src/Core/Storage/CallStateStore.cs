using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>Reads and records a call's phase. Phases only move forward, so a replayed activity changes nothing.</summary>
public sealed class CallStateStore(TableSet tables)
{
    static readonly string[] Order = [CallPhase.Open, CallPhase.Closed, CallPhase.Finalizing, CallPhase.Final];

    public async Task<CallStateEntity> GetAsync(string callId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outcomes);
        var row = await table.GetEntityIfExistsAsync<CallStateEntity>(StorageKeys.Hash(callId), CallStateEntity.Row, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value! : new CallStateEntity { PartitionKey = StorageKeys.Hash(callId) };
    }

    /// <summary>Moves the call to <paramref name="phase"/> unless it is there or beyond already; returns the state as stored.</summary>
    public async Task<CallStateEntity> AdvanceAsync(string callId, string phase, Action<CallStateEntity>? also, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outcomes);
        for (var attempt = 0; ; attempt++)
        {
            var current = await GetAsync(callId, cancellationToken);
            if (Array.IndexOf(Order, current.Phase) >= Array.IndexOf(Order, phase))
            {
                return current;
            }

            current.Phase = phase;
            also?.Invoke(current);
            try
            {
                if (current.ETag == default)
                {
                    await table.AddEntityAsync(current, cancellationToken);
                }
                else
                {
                    await table.UpdateEntityAsync(current, current.ETag, TableUpdateMode.Replace, cancellationToken);
                }

                return current;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 10)
            {
                // Someone else moved it; read again.
            }
        }
    }
}
