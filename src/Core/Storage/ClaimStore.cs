using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>
/// First-writer-wins claims in their call's partition (see <see cref="ClaimEntity"/>); they are written together
/// with their application by <see cref="ApplicationStore.TryAddAsync"/>.
/// </summary>
public sealed class ClaimStore(TableSet tables)
{
    /// <summary>A new claim of the key for the application, to be stored with it.</summary>
    public static ClaimEntity New(string callId, string claimKey, string applicationId, string? fingerprint) => new()
    {
        PartitionKey = ApplicationEntity.PartitionFor(callId),
        RowKey = RowOf(claimKey),
        ApplicationId = applicationId,
        Fingerprint = fingerprint,
    };

    /// <summary>The stored claim of the key, or null when nobody holds it.</summary>
    public Task<ClaimEntity?> FindAsync(string callId, string claimKey, CancellationToken cancellationToken) =>
        FindByRowAsync(callId, RowOf(claimKey), cancellationToken);

    /// <summary>The stored claim in the row <see cref="RowOf"/> gives, or null (also for a row that is no claim's).</summary>
    public async Task<ClaimEntity?> FindByRowAsync(string callId, string row, CancellationToken cancellationToken)
    {
        if (!row.StartsWith(RowPrefix, StringComparison.Ordinal) || row.Length != RowPrefix.Length + 64 || !row[RowPrefix.Length..].All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var table = await tables.GetAsync(TableNames.Applications);
        var existing = await table.GetEntityIfExistsAsync<ClaimEntity>(ApplicationEntity.PartitionFor(callId), row, cancellationToken: cancellationToken);
        return existing.HasValue ? existing.Value : null;
    }

    /// <summary>Releases a claim (e.g. when the claimed application was withdrawn and may be submitted anew).</summary>
    public async Task ReleaseAsync(string callId, string claimKey, string applicationId, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(callId, claimKey, cancellationToken);
        if (existing is not null && existing.ApplicationId == applicationId)
        {
            var table = await tables.GetAsync(TableNames.Applications);
            try
            {
                await table.DeleteEntityAsync(existing.PartitionKey, existing.RowKey, existing.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Already gone or taken over: nothing to release.
            }
        }
    }

    // Prefixed so a claim's row never looks like an application id (those are 12 upper-case characters).
    const string RowPrefix = "claim-";

    /// <summary>The row of a claim: its key hashed, so the key (organisation and wijk as typed) is never stored or passed on.</summary>
    public static string RowOf(string claimKey) => RowPrefix + StorageKeys.Hash(claimKey);
}
