using System.Globalization;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>The decisions audit trail: appended, listed, never changed.</summary>
public sealed class DecisionStore(TableSet tables)
{
    public static string NewEventId(DateTimeOffset at) =>
        at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12];

    public async Task AppendAsync(DecisionEntity decision, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Decisions);
        await table.AddEntityAsync(decision, cancellationToken);
    }

    public async Task<IReadOnlyList<DecisionEntity>> ListAsync(string applicationId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Decisions);
        var filter = TableClient.CreateQueryFilter<DecisionEntity>(d => d.PartitionKey == applicationId);
        var list = new List<DecisionEntity>();
        await foreach (var row in table.QueryAsync<DecisionEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(row);
        }

        return list;
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
}
