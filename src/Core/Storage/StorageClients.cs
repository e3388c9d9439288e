using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Storage;

/// <summary>Builds the Table client from the same <c>AzureWebJobsStorage</c> setting the durable backend uses.</summary>
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

    static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        // Fail fast when storage is down, so callers answer 503 instead of hanging.
        options.Retry.MaxRetries = 2;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
