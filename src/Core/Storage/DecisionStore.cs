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
