using Aanmelding.Core.Storage;
using Azure.Data.Tables;

namespace Aanmelding.Core.Privacy.Erasers;

/// <summary>
/// Table <c>Applications</c>: the rows that name the application (its claims, so the wijk may apply again, and its pending workflow start), and
/// last the application row itself; once it is gone, the application is not found and the erasure is done.
/// </summary>
public sealed class ApplicationRowEraser(TableSet tables) : IPersonalDataEraser
{
    public string Store => TableNames.Applications;

    public async Task EraseAsync(ErasureScope scope, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        var partition = ApplicationEntity.PartitionFor(scope.CallId);
        await TableRows.DeleteAsync(
            table,
            TableClient.CreateQueryFilter<ClaimEntity>(e => e.PartitionKey == partition && e.ApplicationId == scope.ApplicationId),
            cancellationToken);
        await TableRows.DeleteAsync(table, TableClient.CreateQueryFilter<TableEntity>(e => e.PartitionKey == partition && e.RowKey == scope.ApplicationId), cancellationToken);
    }
}
