using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>The decisions audit trail: appended, listed, never changed.</summary>
public sealed class DecisionStore(TableSet tables)
{
    public async Task AppendAsync(string applicationId, string callId, CoordinatorDecision decision, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Decisions);
        await table.AddEntityAsync(
            new DecisionEntity
            {
                PartitionKey = applicationId,
                RowKey = decision.EventId,
                CallId = callId,
                Coordinator = decision.Coordinator,
                Decision = WireName.Of(decision.Decision),
                Score = decision.Score,
                Note = decision.Note,
                DecidedAt = decision.DecidedAt,
            },
            cancellationToken);
    }

    /// <summary>Who has decided on which application of a call (coordinator addresses compared case-insensitively).</summary>
    public async Task<IReadOnlyDictionary<string, HashSet<string>>> DecidersByApplicationAsync(string callId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Decisions);
        var filter = TableClient.CreateQueryFilter<DecisionEntity>(d => d.CallId == callId);
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<DecisionEntity>(filter, select: ["PartitionKey", "Coordinator"], cancellationToken: cancellationToken))
        {
            if (!result.TryGetValue(row.PartitionKey, out var who))
            {
                result[row.PartitionKey] = who = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            who.Add(row.Coordinator);
        }

        return result;
    }

    /// <summary>Every decision on one application, oldest first: its audit trail.</summary>
    public async Task<IReadOnlyList<CoordinatorDecision>> ListAsync(string applicationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Decisions);
        var filter = TableClient.CreateQueryFilter<DecisionEntity>(d => d.PartitionKey == applicationId);
        var list = new List<CoordinatorDecision>();
        await foreach (var row in table.QueryAsync<DecisionEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(ToDomain(row));
        }

        return list.OrderBy(d => d.EventId, StringComparer.Ordinal).ToList();
    }

    static CoordinatorDecision ToDomain(DecisionEntity row) =>
        new(row.RowKey, WireName.Parse<Decision>(row.Decision), row.Score, row.Coordinator, row.Note, row.DecidedAt);
}
