using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace Aanmelding.Core.Storage;

/// <summary>
/// Hands out table clients and creates each table once per process, so neither host needs a separate
/// provisioning step and a fresh Azurite works at once.
/// </summary>
public sealed class TableSet(TableServiceClient service)
{
    readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> tables = new();

    public TableServiceClient Service => service;

    public async Task<TableClient> GetAsync(string name)
    {
        var lazy = tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateAsync(service, n)));
        try
        {
            return await lazy.Value;
        }
        catch (RequestFailedException)
        {
            // A failed creation (storage down) must not be cached for the life of the process.
            tables.TryRemove(new KeyValuePair<string, Lazy<Task<TableClient>>>(name, lazy));
            throw;
        }
    }

    static async Task<TableClient> CreateAsync(TableServiceClient service, string name)
    {
        var client = service.GetTableClient(name);
        await client.CreateIfNotExistsAsync();
        return client;
    }
}
