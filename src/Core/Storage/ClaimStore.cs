using Azure;

namespace Aanmelding.Core.Storage;

/// <summary>Atomic first-writer-wins claims (see <see cref="ClaimEntity"/>).</summary>
public sealed class ClaimStore(TableSet tables)
{
    /// <summary>Claims the key for the application; returns the existing claim when someone holds it already.</summary>
    public async Task<ClaimEntity?> TryClaimAsync(string callId, string claimKey, string applicationId, string? fingerprint, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Claims);
        var entity = new ClaimEntity
        {
            PartitionKey = StorageKeys.Hash(callId),
            RowKey = StorageKeys.Hash(claimKey),
            ApplicationId = applicationId,
            Fingerprint = fingerprint,
        };
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return null;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var existing = await table.GetEntityIfExistsAsync<ClaimEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: cancellationToken);
            return existing.HasValue ? existing.Value : null;
        }
    }

    /// <summary>Takes over a claim whose application was never stored (a crash between claim and row).</summary>
    public async Task<bool> TryTakeOverAsync(ClaimEntity stale, string applicationId, string? fingerprint, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Claims);
        try
        {
            stale.ApplicationId = applicationId;
            stale.Fingerprint = fingerprint;
            await table.UpdateEntityAsync(stale, stale.ETag, Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Releases a claim (e.g. when the claimed application was withdrawn and may be submitted anew).</summary>
    public async Task ReleaseAsync(string callId, string claimKey, string applicationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Claims);
        var existing = await table.GetEntityIfExistsAsync<ClaimEntity>(StorageKeys.Hash(callId), StorageKeys.Hash(claimKey), cancellationToken: cancellationToken);
        if (existing.HasValue && existing.Value!.ApplicationId == applicationId)
        {
            try
            {
                await table.DeleteEntityAsync(existing.Value.PartitionKey, existing.Value.RowKey, existing.Value.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Already gone or taken over: nothing to release.
            }
        }
    }
}
