using Azure.Data.Tables;

namespace Aanmelding.Core.Email;

/// <summary>
/// <see cref="ISentEmailLog"/> on Azure Table storage, table <c>SentEmails</c>: PartitionKey is the key's first segment
/// (before the first <c>:</c>), RowKey the SHA-256 hex of the whole key. Columns: Kind, Delivered, Permanent, Error,
/// ProviderMessageId, SentAt. No address and no content are stored.
/// </summary>
public sealed class SentEmailTable(TableServiceClient tableService, TimeProvider timeProvider) : ISentEmailLog
{
    public const string TableName = "SentEmails";

    readonly TableClient table = tableService.GetTableClient(TableName);
    volatile bool tableExists;

    public async Task<bool> WasSentAsync(string key, CancellationToken cancellationToken)
    {
        SentEmailKey.Validate(key);
        var client = await GetTableAsync(cancellationToken);
        var row = await client.GetEntityIfExistsAsync<TableEntity>(
            SentEmailKey.Partition(key), SentEmailKey.Hash(key), cancellationToken: cancellationToken);
        return row.HasValue;
    }

    public async Task RecordAsync(string key, EmailMessage message, EmailDelivery delivery, CancellationToken cancellationToken)
    {
        SentEmailKey.Validate(key);
        var client = await GetTableAsync(cancellationToken);
        var entity = new TableEntity(SentEmailKey.Partition(key), SentEmailKey.Hash(key))
        {
            ["Kind"] = message.Kind,
            ["Delivered"] = delivery.Delivered,
            ["Permanent"] = delivery.Permanent,
            ["Error"] = delivery.Error,
            ["ProviderMessageId"] = delivery.ProviderMessageId,
            ["SentAt"] = timeProvider.GetUtcNow(),
        };

        // Upsert: recording the same key twice (an activity retried after the send) is harmless.
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    async Task<TableClient> GetTableAsync(CancellationToken cancellationToken)
    {
        if (!tableExists)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
            tableExists = true;
        }

        return table;
    }
}
