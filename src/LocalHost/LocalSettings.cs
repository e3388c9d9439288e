using Aanmelding.Core.Configuration;
using Aanmelding.Core.Security;
using Aanmelding.Core.Storage;

namespace Aanmelding.LocalHost;

/// <summary>Local defaults (DESIGN §10) for whatever configuration leaves unset.</summary>
public static class LocalSettings
{
    public const string AdminKeyFile = "admin-key";

    /// <summary>
    /// Fills in local defaults and returns the storage connection string. <paramref name="adminKeyNote"/> says where the
    /// admin key is; the key itself only on the start that generated it.
    /// </summary>
    public static string Apply(ConfigurationManager configuration, LocalData data, out IReadOnlyList<string> notices, out string adminKeyNote)
    {
        var messages = new List<string>();
        var defaults = new Dictionary<string, string?>();

        var storage = configuration[StorageClients.SettingName];
        if (string.IsNullOrWhiteSpace(storage))
        {
            storage = "UseDevelopmentStorage=true";
            defaults[StorageClients.SettingName] = storage;
        }

        if (string.IsNullOrWhiteSpace(configuration["Links:SigningKey"]))
        {
            defaults["Links:SigningKey"] = data.Secret("signing-key", out var created);
            if (created)
            {
                messages.Add($"Links:SigningKey is not set: generated one into {data.Root}. Set it in configuration for anything but local use.");
            }
        }

        if (string.IsNullOrWhiteSpace(configuration["Admin:ApiKey"]))
        {
            var key = data.Secret(AdminKeyFile, out var created);
            defaults["Admin:ApiKey"] = key;
            var where = Path.Combine(data.Root, AdminKeyFile);
            adminKeyNote = created
                ? $"nieuw aangemaakt en bewaard in {where} (alleen nu getoond): {key}"
                : $"staat in {where}";
        }
        else
        {
            adminKeyNote = "uit de configuratie (Admin:ApiKey)";
        }

        if (string.IsNullOrWhiteSpace(configuration["Email:OutboxPath"]))
        {
            defaults["Email:OutboxPath"] = data.Outbox;
        }

        if (string.IsNullOrWhiteSpace(configuration["Links:BaseUrl"]))
        {
            var urls = configuration["ASPNETCORE_URLS"] ?? configuration["urls"] ?? ListenAddresses.Default;
            defaults["Links:BaseUrl"] = urls.Split(';')[0].Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
        }

        // Defaults go first so that anything configured (appsettings, environment, command line) still wins.
        var sources = configuration.Sources.ToList();
        configuration.Sources.Clear();
        configuration.AddInMemoryCollection(defaults);
        foreach (var source in sources)
        {
            configuration.Sources.Add(source);
        }

        notices = messages;
        return storage;
    }

    /// <summary>Why LocalHost may not start with this configuration: Core's checks, and its own admin key.</summary>
    public static IReadOnlyList<string> Refusals(IConfiguration configuration) =>
        [.. ConfigurationCheck.Find(configuration), .. new[] { SecretCheck.Problem("Admin:ApiKey", configuration["Admin:ApiKey"], AdminKeyMinimumLength) }.OfType<string>()];

    /// <summary>As long as the shortest function key the Functions host accepts.</summary>
    public const int AdminKeyMinimumLength = 16;
}
