using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Storage;

/// <summary>Builds the Table and Blob clients from the same <c>AzureWebJobsStorage</c> setting the durable backend uses.</summary>
public static class StorageClients
{
    public const string SettingName = "AzureWebJobsStorage";

    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration) =>
        Create(configuration, "table", c => new TableServiceClient(c, ClientOptions()), (uri, identity) => new TableServiceClient(uri, identity, ClientOptions()));

    /// <summary>The blob client for attachments: the same connection, or <c>AzureWebJobsStorage__blobServiceUri</c> with the identity.</summary>
    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration) =>
        Create(configuration, "blob", c => new BlobServiceClient(c, BlobOptions()), (uri, identity) => new BlobServiceClient(uri, identity, BlobOptions()));

    /// <summary>
    /// A client from the connection string; else from the identity-based setting (<c>AzureWebJobsStorage__tableServiceUri</c>
    /// etc., as the Functions host understands them); else Azurite's defaults.
    /// </summary>
    static T Create<T>(IConfiguration configuration, string service, Func<string, T> fromConnection, Func<Uri, TokenCredential, T> fromIdentity)
    {
        var connection = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return fromConnection(connection);
        }

        var uri = configuration[$"{SettingName}:{service}ServiceUri"];
        return string.IsNullOrWhiteSpace(uri)
            ? fromConnection("UseDevelopmentStorage=true")
            : fromIdentity(new Uri(uri), StorageCredential.Create(configuration));
    }

    static BlobClientOptions BlobOptions()
    {
        var options = new BlobClientOptions();
        // As for tables, but a 10 MB upload needs longer than a row.
        options.Retry.MaxRetries = 2;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(60);
        return options;
    }

    static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        // Fail fast when storage is down, so callers answer 503 instead of hanging.
        options.Retry.MaxRetries = 2;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
