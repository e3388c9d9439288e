using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>The pending workflow starts of a call (see <see cref="PendingStartEntity"/>).</summary>
public sealed class PendingStartStore(TableSet tables)
{
    /// <summary>The row to store with a new application.</summary>
    public static PendingStartEntity New(string callId, string applicationId, DateTimeOffset storedAt) => new()
    {
        PartitionKey = ApplicationEntity.PartitionFor(callId),
        RowKey = PendingStartEntity.RowPrefix + applicationId,
        ApplicationId = applicationId,
        StoredAt = storedAt,
    };

    /// <summary>Every pending start of the call: a range query over the rows with the prefix, nothing else.</summary>
    public async Task<IReadOnlyList<PendingStartEntity>> ListAsync(string callId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        var partition = ApplicationEntity.PartitionFor(callId);
        const string from = PendingStartEntity.RowPrefix;
        var to = from[..^1] + (char)(from[^1] + 1);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}");
        var list = new List<PendingStartEntity>();
        await foreach (var entity in table.QueryAsync<PendingStartEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(entity);
        }

        return list;
    }

    /// <summary>Removes a pending start whose workflow exists; gone already is fine.</summary>
    public Task RemoveAsync(PendingStartEntity pending, CancellationToken cancellationToken) =>
        DeleteAsync(pending.PartitionKey, pending.RowKey, cancellationToken);

    async Task DeleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Gone already: the workflow or another sweep was first.
        }
    }
}
