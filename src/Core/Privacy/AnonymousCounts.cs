using Aanmelding.Contracts;
using Aanmelding.Core.Storage;
using Azure.Data.Tables;

namespace Aanmelding.Core.Privacy;

/// <summary>
/// Counts a call's applications per status and per gemeente (<see cref="CallCounts"/>), erased or not: the erased ones
/// from their audit rows (<see cref="ErasureLogTable"/>), the rest from their rows; one being erased (in both) counts once.
/// </summary>
public sealed class AnonymousCounts(ApplicationStore applications, TableSet tables)
{
    public async Task<CallCounts> CountAsync(string callId, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, (string Status, string Municipality)>(StringComparer.Ordinal);
        var log = await tables.GetAsync(ErasureLogTable.Name);
        var partition = ApplicationEntity.PartitionFor(callId);
        await foreach (var row in log.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            byId[row.RowKey] = (row.GetString("Status") ?? "", row.GetString("MunicipalityCode") ?? "");
        }

        var erased = byId.Count;
        foreach (var application in await applications.ListByCallAsync(callId, cancellationToken))
        {
            byId.TryAdd(application.Id, (WireName.Of(application.Status), application.MunicipalityCode ?? ""));
        }

        return new CallCounts(callId, byId.Count, erased, Tally(byId.Values.Select(v => v.Status)), Tally(byId.Values.Select(v => v.Municipality)));
    }

    static SortedDictionary<string, int> Tally(IEnumerable<string> keys)
    {
        var tally = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            tally[key] = tally.GetValueOrDefault(key) + 1;
        }

        return tally;
    }
}
