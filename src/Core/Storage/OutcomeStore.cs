using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>The stored selection of a call, written in batches and read as one partition.</summary>
public sealed class OutcomeStore(TableSet tables)
{
    const int BatchSize = 100;

    public static string Partition(string callId) => StorageKeys.Hash(callId);

    /// <summary>Writes (upserts) every outcome; writing the same selection again changes nothing.</summary>
    public async Task SaveAsync(string callId, IReadOnlyList<OutcomeEntity> outcomes, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outcomes);
        foreach (var chunk in outcomes.Chunk(BatchSize))
        {
            var batch = chunk.Select(o =>
            {
                o.PartitionKey = Partition(callId);
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, o);
            });
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<OutcomeEntity>> ListAsync(string callId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outcomes);
        var partition = Partition(callId);
        var filter = TableClient.CreateQueryFilter<OutcomeEntity>(o => o.PartitionKey == partition && o.RowKey != CallStateEntity.Row);
        var list = new List<OutcomeEntity>();
        await foreach (var row in table.QueryAsync<OutcomeEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(row);
        }

        return list.OrderBy(o => o.Order).ToList();
    }
}
