using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Storage;

/// <summary>Builds the Table and Blob clients from the same <c>AzureWebJobsStorage</c> setting the durable backend uses.</summary>
public static class StorageClients
{
    public const string SettingName = "AzureWebJobsStorage";

    public static TableServiceClient CreateTableServiceClient(IConfiguration configuration)
    {
        var connection = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new TableServiceClient(connection, ClientOptions());
        }

        // Identity-based settings (AzureWebJobsStorage__tableServiceUri) as the Functions host understands them.
        var tableUri = configuration[$"{SettingName}:tableServiceUri"];
        if (!string.IsNullOrWhiteSpace(tableUri))
        {
            return new TableServiceClient(new Uri(tableUri), StorageCredential.Create(configuration), ClientOptions());
        }

        return new TableServiceClient("UseDevelopmentStorage=true", ClientOptions());
    }

    /// <summary>The blob client for attachments: the same connection, or <c>AzureWebJobsStorage__blobServiceUri</c> with the identity.</summary>
    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration)
    {
        var connection = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new BlobServiceClient(connection, BlobOptions());
        }

        var blobUri = configuration[$"{SettingName}:blobServiceUri"];
        if (!string.IsNullOrWhiteSpace(blobUri))
        {
            return new BlobServiceClient(new Uri(blobUri), StorageCredential.Create(configuration), BlobOptions());
        }

        return new BlobServiceClient("UseDevelopmentStorage=true", BlobOptions());
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
