using Aanmelding.Core.Storage;
using Azure.Data.Tables;

namespace Aanmelding.Core.Privacy.Erasers;

/// <summary>Table <c>Outcomes</c>: the application's row in its call's selection.</summary>
public sealed class OutcomeEraser(TableSet tables) : IPersonalDataEraser
{
    public string Store => TableNames.Outcomes;

    public async Task EraseAsync(ErasureScope scope, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Outcomes);
        var partition = OutcomeStore.Partition(scope.CallId);
        await TableRows.DeleteAsync(table, TableClient.CreateQueryFilter<TableEntity>(e => e.PartitionKey == partition && e.RowKey == scope.ApplicationId), cancellationToken);
    }
}
