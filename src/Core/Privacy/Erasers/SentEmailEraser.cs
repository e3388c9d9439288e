using Aanmelding.Core.Email;
using Aanmelding.Core.Storage;
using Azure.Data.Tables;

namespace Aanmelding.Core.Privacy.Erasers;

/// <summary>Table <c>SentEmails</c>: the markers of every e-mail about the application (their partition is its reference).</summary>
public sealed class SentEmailEraser(TableSet tables) : IPersonalDataEraser
{
    public string Store => SentEmailTable.TableName;

    public async Task EraseAsync(ErasureScope scope, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(SentEmailTable.TableName);
        await TableRows.DeleteAsync(table, TableClient.CreateQueryFilter<TableEntity>(e => e.PartitionKey == scope.ApplicationId), cancellationToken);
    }
}
