using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>
/// Remembers which sign-in links were used: a link signs in once. The first use adds the link's row; a second finds
/// it there (409) and is refused. The row holds nothing but the link's random id and when it stops mattering.
/// </summary>
public sealed class SignInLinkStore(TableSet tables)
{
    /// <summary>True for the first use of the link, false for every later one.</summary>
    public async Task<bool> TryUseAsync(string linkId, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.SignInLinks);
        try
        {
            await table.AddEntityAsync(new TableEntity(StorageKeys.Hash(linkId), "") { ["Expires"] = expires }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
