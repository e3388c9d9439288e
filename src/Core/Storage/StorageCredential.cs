using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Storage;

/// <summary>The managed identity named by <c>AzureWebJobsStorage__clientId</c>, as in the Functions host's identity-based connections.</summary>
public static class StorageCredential
{
    public static TokenCredential Create(IConfiguration configuration)
    {
        var clientId = configuration[$"{StorageClients.SettingName}:clientId"];
        return string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
