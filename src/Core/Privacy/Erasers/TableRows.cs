using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Privacy.Erasers;

/// <summary>Deletes the rows a filter selects; a row deleted meanwhile by someone else counts as deleted.</summary>
internal static class TableRows
{
    public static async Task DeleteAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Gone already: what an erasure wants.
            }
        }
    }
}
