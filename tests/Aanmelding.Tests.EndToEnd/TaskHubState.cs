using Aanmelding.Tests.Support;
using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Tests.EndToEnd;

/// <summary>
/// What a host's workflow engine has recorded, read from its task hub's Instances table: events to wait for instead
/// of the clock (an instance exists; it has completed, so nothing more can come of it).
/// </summary>
public static class TaskHubState
{
    /// <summary>The instance's row, or null while there is none.</summary>
    public static async Task<TableEntity?> InstanceAsync(string taskHub, string instanceId, string? connectionString = null)
    {
        var table = new TableClient(connectionString ?? TestStorage.ConnectionString, taskHub + "Instances");
        try
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(instanceId, "");
            return row.HasValue ? row.Value : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The task hub's tables do not exist yet.
            return null;
        }
    }

    /// <summary>Waits until every instance has completed: its work is done, and nothing it sends can follow anymore.</summary>
    public static async Task WaitForCompletionAsync(string taskHub, IEnumerable<string> instanceIds, TimeSpan timeout, string? connectionString = null)
    {
        var pending = instanceIds.ToHashSet(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + timeout;
        while (pending.Count > 0)
        {
            foreach (var id in pending.ToList())
            {
                if ((await InstanceAsync(taskHub, id, connectionString))?.GetString("RuntimeStatus") == "Completed")
                {
                    pending.Remove(id);
                }
            }

            if (pending.Count > 0)
            {
                Assert.True(DateTime.UtcNow < deadline, $"instance {string.Join(", ", pending)} in task hub {taskHub} did not complete within {timeout.TotalSeconds:0} s");
                await Task.Delay(250);
            }
        }
    }
}
