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

    /// <summary>The row to write (insert or replace) with an applicant's change to <paramref name="version"/>.</summary>
    public static PendingStartEntity Changed(string callId, string applicationId, int version, DateTimeOffset storedAt)
    {
        var row = New(callId, applicationId, storedAt);
        row.ChangedVersion = version;
        return row;
    }

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

    /// <summary>
    /// Removes a pending start whose workflow exists (and was told of its change), under the ETag it was read with: a
    /// change written since stays for the next sweep. Gone already is fine.
    /// </summary>
    public async Task RemoveAsync(PendingStartEntity pending, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        try
        {
            await table.DeleteEntityAsync(pending.PartitionKey, pending.RowKey, pending.ETag == default ? ETag.All : pending.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone already (the workflow or another sweep was first), or written again by a newer change.
        }
    }
}
