using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Configuration;

/// <summary>
/// Whether the app runs in Azure App Service or Azure Functions, which set <c>WEBSITE_INSTANCE_ID</c> and
/// <c>WEBSITE_SITE_NAME</c> on every instance (neither Core Tools nor LocalHost does). There the app folder is read-only.
/// </summary>
public static class AzurePlatform
{
    public static bool IsRunningOn(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["WEBSITE_INSTANCE_ID"]) || !string.IsNullOrWhiteSpace(configuration["WEBSITE_SITE_NAME"]);
}
