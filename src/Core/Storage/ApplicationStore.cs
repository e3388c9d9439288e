using System.Runtime.CompilerServices;
using Aanmelding.Core.Intake;
using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>Applications in Table storage: point reads by id, optimistic updates with ETags.</summary>
public sealed class ApplicationStore(TableSet tables)
{
    public async Task<SubmittedApplication?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var entity = await FindEntityAsync(id, cancellationToken);
        return entity is null ? null : ApplicationMapping.ToDomain(entity);
    }

    /// <summary>Adds a new application; false when a row with that id exists already.</summary>
    public async Task<bool> TryAddAsync(SubmittedApplication application, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        try
        {
            await table.AddEntityAsync(ApplicationMapping.ToEntity(application), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current row and writes it back under its ETag, re-reading and
    /// re-applying when someone else wrote in between. A change that returns null writes nothing.
    /// </summary>
    public async Task<SubmittedApplication?> UpdateAsync(
        string id,
        Func<SubmittedApplication, SubmittedApplication?> change,
        CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        for (var attempt = 0; ; attempt++)
        {
            var entity = await FindEntityAsync(id, cancellationToken);
            if (entity is null)
            {
                return null;
            }

            var current = ApplicationMapping.ToDomain(entity);
            var changed = change(current);
            if (changed is null || changed == current)
            {
                return current;
            }

            try
            {
                await table.UpdateEntityAsync(ApplicationMapping.ToEntity(changed), entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return changed;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < 10)
            {
                // Someone else wrote first; read again and re-apply.
            }
        }
    }

    public async IAsyncEnumerable<SubmittedApplication> ListByCallAsync(
        string callId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        var filter = TableClient.CreateQueryFilter<ApplicationEntity>(e => e.CallId == callId && e.RowKey == ApplicationEntity.Row);
        await foreach (var entity in table.QueryAsync<ApplicationEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return ApplicationMapping.ToDomain(entity);
        }
    }

    /// <summary>Removes an application that never got going (its workflow could not be started).</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        try
        {
            await table.DeleteEntityAsync(id, ApplicationEntity.Row, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Already gone.
        }
    }

    async Task<ApplicationEntity?> FindEntityAsync(string id, CancellationToken cancellationToken)
    {
        if (!ApplicationReference.IsWellFormed(id))
        {
            return null;
        }

        var table = await tables.GetAsync(TableNames.Applications);
        var response = await table.GetEntityIfExistsAsync<ApplicationEntity>(id, ApplicationEntity.Row, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
