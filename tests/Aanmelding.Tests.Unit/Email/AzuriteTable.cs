using Aanmelding.Launcher;

namespace Aanmelding.Tests.Unit.Email;

/// <summary>An Azurite of its own, in memory, on free loopback ports, for the lifetime of a test class (the launcher's).</summary>
public sealed class AzuriteTable : IAsyncLifetime
{
    Azurite? azurite;

    public string ConnectionString => azurite?.ConnectionString ?? string.Empty;

    /// <summary>The repository's Azurite (node_modules/.bin/azurite), if installed.</summary>
    public static string? FindExecutable() => File.Exists(Repository.AzuriteExecutable) ? Repository.AzuriteExecutable : null;

    public async Task InitializeAsync() => azurite = await Azurite.StartInMemoryAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
