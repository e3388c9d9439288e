using Aanmelding.Core.Storage;
using Azure.Data.Tables;

namespace Aanmelding.Core.Privacy.Erasers;

/// <summary>Table <c>Decisions</c>: every review of the application with its note (the partition is the application's).</summary>
public sealed class ReviewEraser(TableSet tables) : IPersonalDataEraser
{
    public string Store => TableNames.Decisions;

    public async Task EraseAsync(ErasureScope scope, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Decisions);
        await TableRows.DeleteAsync(table, TableClient.CreateQueryFilter<TableEntity>(e => e.PartitionKey == scope.ApplicationId), cancellationToken);
    }
}
