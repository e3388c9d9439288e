using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>The stored selection of a call, written in batches and read as one partition.</summary>
public sealed class OutcomeStore(TableSet tables)
{
    const int BatchSize = 100;

    public static string Partition(string callId) => StorageKeys.Hash(callId);

    /// <summary>Writes (upserts) every entry; writing the same selection again changes nothing.</summary>
    public async Task SaveAsync(string callId, IReadOnlyList<SelectionEntry> entries, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outcomes);
        foreach (var chunk in entries.Chunk(BatchSize))
        {
            var batch = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new OutcomeEntity
            {
                PartitionKey = Partition(callId),
                RowKey = e.ApplicationId,
                Order = e.Order,
                Rank = e.Rank,
                Outcome = WireName.Of(e.Outcome),
                Reason = e.Reason,
                Organisation = e.Organisation,
                Municipality = e.Municipality,
                Neighbourhood = e.Neighbourhood,
                ApplicantType = e.ApplicantType,
                Score = e.Score,
            }));
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    /// <summary>The selection in the order it is presented.</summary>
    public async Task<IReadOnlyList<SelectionEntry>> ListAsync(string callId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outcomes);
        var partition = Partition(callId);
        var filter = TableClient.CreateQueryFilter<OutcomeEntity>(o => o.PartitionKey == partition && o.RowKey != CallStateEntity.Row);
        var list = new List<SelectionEntry>();
        await foreach (var row in table.QueryAsync<OutcomeEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(new SelectionEntry(
                row.Order, row.RowKey, WireName.Parse<ApplicationStatus>(row.Outcome), row.Rank, row.Reason,
                row.Organisation, row.Municipality, row.Neighbourhood, row.ApplicantType, row.Score));
        }

        return list.OrderBy(o => o.Order).ToList();
    }
}
