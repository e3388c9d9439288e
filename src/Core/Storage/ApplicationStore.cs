using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>
/// Applications in Table storage, in their call's partition: stored together with their claims in one transaction,
/// found by id with a point read per configured call, updated optimistically with ETags.
/// </summary>
public sealed class ApplicationStore(TableSet tables, CallCatalog calls)
{
    /// <summary>The most rows one entity-group transaction may hold.</summary>
    const int TransactionSize = 100;

    /// <summary>Rounds of <see cref="StartSelectionAsync"/> before it gives up (its activity is then retried).</summary>
    const int StartSelectionRounds = 20;

    public async Task<Application?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        var entity = await FindEntityAsync(id, cancellationToken);
        return entity is null ? null : ApplicationMapping.ToDomain(entity);
    }

    /// <summary>
    /// Stores a new application with the rows that belong to it (its claims, its pending workflow start) in one
    /// entity-group transaction: all of it or nothing. A row with an ETag takes over the stored row it was read as;
    /// one without must be new. False when a claim is held (or was changed since it was read): nothing is stored then.
    /// </summary>
    public async Task<bool> TryAddAsync(Application application, IReadOnlyList<ITableEntity> claims, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        var entity = ApplicationMapping.ToEntity(application);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, entity) };
        foreach (var claim in claims)
        {
            if (claim.PartitionKey != entity.PartitionKey)
            {
                throw new ArgumentException("A claim or pending start belongs to the partition of its application's call.", nameof(claims));
            }

            actions.Add(claim.ETag == default
                ? new TableTransactionAction(TableTransactionActionType.Add, claim)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, claim, claim.ETag));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    /// <summary>The application with the ETag of its row, for a change written under it (<see cref="TryChangeAsync"/>).</summary>
    public async Task<(Application Application, ETag ETag)?> FindForChangeAsync(string id, CancellationToken cancellationToken = default) =>
        await FindEntityAsync(id, cancellationToken) is { } entity ? (ApplicationMapping.ToDomain(entity), entity.ETag) : null;

    /// <summary>
    /// Writes an applicant's change in one entity-group transaction: the application under the ETag it was read with,
    /// the claims it now needs (as in <see cref="TryAddAsync"/>: new, or taken over under their ETag), the claim it no
    /// longer needs released under its ETag, and its pending start written with the change (<see cref="PendingStartEntity"/>).
    /// All of it or nothing; false when any of these rows changed since it was read.
    /// </summary>
    public async Task<bool> TryChangeAsync(
        Application changed, ETag read, IReadOnlyList<ClaimEntity> claims, ClaimEntity? released, PendingStartEntity pending, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, ApplicationMapping.ToEntity(changed), read),
            new(TableTransactionActionType.UpsertReplace, pending),
        };
        actions.AddRange(claims.Select(claim => claim.ETag == default
            ? new TableTransactionAction(TableTransactionActionType.Add, claim)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, claim, claim.ETag)));
        if (released is not null)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, released, released.ETag));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current row and writes it back under its ETag, re-reading and
    /// re-applying when someone else wrote in between. A change that returns null writes nothing.
    /// </summary>
    public async Task<Application?> UpdateAsync(
        string id,
        Func<Application, Application?> change,
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

    /// <summary>
    /// Reads every application of the call, lets <paramref name="change"/> pick and change some of them, and writes
    /// those in one transaction (they share the call's partition), each under the ETag it was read with: all or none.
    /// When someone else wrote one of them in between, reads again and re-applies. Returns what was written (empty
    /// when <paramref name="change"/> changed nothing).
    /// </summary>
    public async Task<IReadOnlyList<Application>> UpdateTogetherAsync(
        string callId,
        Func<IReadOnlyList<Application>, IReadOnlyList<Application>> change,
        CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        for (var attempt = 0; ; attempt++)
        {
            var entities = (await ListEntitiesAsync(callId, cancellationToken)).ToDictionary(e => e.RowKey, StringComparer.Ordinal);
            var changed = change(entities.Values.Select(ApplicationMapping.ToDomain).ToList());
            if (changed.Count == 0)
            {
                return changed;
            }

            var writes = changed.Select(a => new TableTransactionAction(
                TableTransactionActionType.UpdateReplace, ApplicationMapping.ToEntity(a), entities[a.Id].ETag));
            try
            {
                await table.SubmitTransactionAsync(writes, cancellationToken);
                return changed;
            }
            catch (TableTransactionFailedException e) when (e.Status is 412 && attempt < 10)
            {
                // One of them was written by someone else first; read again and re-apply.
            }
        }
    }

    /// <summary>Every application of a call: the one query for a call's applications.</summary>
    public async Task<IReadOnlyList<Application>> ListByCallAsync(string callId, CancellationToken cancellationToken = default) =>
        (await ListEntitiesAsync(callId, cancellationToken)).Select(ApplicationMapping.ToDomain).ToList();

    /// <summary>
    /// Marks every application of the call as read by the selection (<see cref="Application.StartSelection"/>) and
    /// returns them as marked. Each mark is written under the ETag its row was read with, up to a hundred rows in one
    /// transaction (they share the call's partition); when a decision or withdrawal got in first, the rows are read
    /// again and marked then. So what this returns holds every change written before its row's mark, and no change
    /// can be written after it (<see cref="Application.IsUnderReview"/> is false from then on). Marking again changes nothing.
    /// </summary>
    public async Task<IReadOnlyList<Application>> StartSelectionAsync(string callId, CancellationToken cancellationToken = default)
    {
        var table = await tables.GetAsync(TableNames.Applications);
        for (var round = 1; ; round++)
        {
            var entities = await ListEntitiesAsync(callId, cancellationToken);
            var changedInBetween = false;
            foreach (var chunk in entities.Where(e => !e.SelectionStarted).Chunk(TransactionSize))
            {
                // Only the mark is merged, under the row's ETag: a row changed since it was read fails the transaction.
                var marks = chunk.Select(e => new TableTransactionAction(
                    TableTransactionActionType.UpdateMerge,
                    new TableEntity(e.PartitionKey, e.RowKey) { [nameof(ApplicationEntity.SelectionStarted)] = true },
                    e.ETag));
                try
                {
                    await table.SubmitTransactionAsync(marks, cancellationToken);
                }
                catch (TableTransactionFailedException e) when (e.Status is 412 or 404 && round < StartSelectionRounds)
                {
                    changedInBetween = true;
                }
            }

            if (!changedInBetween)
            {
                return entities.Select(e => ApplicationMapping.ToDomain(e).StartSelection()).ToList();
            }
        }
    }

    async Task<List<ApplicationEntity>> ListEntitiesAsync(string callId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Applications);

        // The partition also holds the call's claims; only application rows carry the call id.
        var partition = ApplicationEntity.PartitionFor(callId);
        var filter = TableClient.CreateQueryFilter<ApplicationEntity>(e => e.PartitionKey == partition && e.CallId == callId);
        var list = new List<ApplicationEntity>();
        await foreach (var entity in table.QueryAsync<ApplicationEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(entity);
        }

        return list;
    }

    async Task<ApplicationEntity?> FindEntityAsync(string id, CancellationToken cancellationToken)
    {
        if (!ApplicationReference.IsWellFormed(id))
        {
            return null;
        }

        // Routes name an application by id alone; the calls are few (configured), so one point read per call.
        var table = await tables.GetAsync(TableNames.Applications);
        var reads = calls.All.Select(call =>
            table.GetEntityIfExistsAsync<ApplicationEntity>(ApplicationEntity.PartitionFor(call.Id), id, cancellationToken: cancellationToken));
        foreach (var response in await Task.WhenAll(reads))
        {
            if (response.HasValue)
            {
                return response.Value;
            }
        }

        return null;
    }
}
