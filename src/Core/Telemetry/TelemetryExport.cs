using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Telemetry;

/// <summary>
/// Where telemetry goes, from the standard settings: Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
/// is set, an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, both when both are, and nowhere otherwise.
/// </summary>
public sealed record TelemetryExport(string? AzureMonitorConnectionString, string? OtlpEndpoint, string? AuthenticationString, string? ClientId)
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationStringSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ClientIdSetting = "AZURE_CLIENT_ID";

    public bool ToAzureMonitor => !string.IsNullOrWhiteSpace(AzureMonitorConnectionString);

    public bool ToOtlp => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    public bool Any => ToAzureMonitor || ToOtlp;

    public static TelemetryExport From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new TelemetryExport(
            configuration[ConnectionStringSetting],
            configuration[OtlpEndpointSetting],
            configuration[AuthenticationStringSetting],
            configuration[ClientIdSetting]);
    }

    /// <summary>
    /// The credential for Azure Monitor ingestion: Application Insights with local authentication off accepts
    /// only Entra ID tokens. <c>Authorization=AAD</c> in the authentication string asks for the managed identity,
    /// the user-assigned one named by its <c>ClientId</c> (or <c>AZURE_CLIENT_ID</c>); null means key-based ingestion.
    /// </summary>
    public TokenCredential? Credential()
    {
        var parts = (AuthenticationString ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var authorization) || !string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var clientId = parts.TryGetValue("ClientId", out var named) && named.Length > 0 ? named : ClientId;
        return string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
