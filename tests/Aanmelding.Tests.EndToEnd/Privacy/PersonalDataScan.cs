using Aanmelding.Core.Email;
using Aanmelding.Tests.Support;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Aanmelding.Tests.EndToEnd.Privacy;

/// <summary>
/// Where a marker string is still held: every row of every table in the test's storage (the app's and the task hubs'),
/// every blob of every container (the attachments, the task hubs' large messages), every message waiting in every
/// queue (the task hubs' work items), every file in the outbox, and the
/// host's log. Each place found is named, so a failure says where personal data stayed.
/// </summary>
public static class PersonalDataScan
{
    public static async Task<IReadOnlyList<string>> FindAsync(AppHost host, params string[] markers)
    {
        var found = new List<string>();
        var service = new TableServiceClient(TestStorage.ConnectionString);
        await foreach (var table in service.QueryAsync())
        {
            var client = service.GetTableClient(table.Name);
            await foreach (var row in client.QueryAsync<TableEntity>())
            {
                foreach (var (column, value) in row)
                {
                    if (value is string text && Contains(text, markers) is { } marker)
                    {
                        found.Add($"table {table.Name}, column {column}: {marker}");
                    }
                }
            }
        }

        var blobs = new BlobServiceClient(TestStorage.ConnectionString);
        await foreach (var container in blobs.GetBlobContainersAsync())
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                try
                {
                    var content = await client.GetBlobClient(blob.Name).DownloadContentAsync();
                    if (Contains(Encoding.Latin1.GetString(content.Value.Content.ToArray()), markers) is { } marker)
                    {
                        found.Add($"blob {container.Name}/{blob.Name}: {marker}");
                    }
                }
                catch (RequestFailedException e) when (e.Status == 404)
                {
                    // Removed by another test between the listing and the download.
                }
            }
        }

        var queues = new QueueServiceClient(TestStorage.ConnectionString);
        await foreach (var queue in queues.GetQueuesAsync())
        {
            try
            {
                foreach (var message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
                {
                    if (Contains(message.Body.ToString(), markers) is { } marker)
                    {
                        found.Add($"queue {queue.Name}: {marker}");
                    }
                }
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Deleted by another test's task hub between the listing and the peek.
            }
        }

        if (Directory.Exists(host.OutboxPath))
        {
            foreach (var file in Directory.EnumerateFiles(host.OutboxPath))
            {
                if (Contains(await OutboxMessageText.ReadAsync(file, CancellationToken.None), markers) is { } marker)
                {
                    found.Add($"outbox {Path.GetFileName(file)}: {marker}");
                }
            }
        }

        if (Contains(host.Output, markers) is { } logged)
        {
            found.Add($"log: {logged}");
        }

        return found;
    }

    static string? Contains(string text, string[] markers) => markers.FirstOrDefault(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));
}
