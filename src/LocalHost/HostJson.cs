namespace Aanmelding.LocalHost;

/// <summary>
/// The root host.json as configuration, with the Functions host's override convention
/// (<c>AzureFunctionsJobHost__extensions__durableTask__hubName</c>), so both hosts read one file the same way.
/// </summary>
public static class HostJson
{
    public static IConfiguration Load(string contentRoot)
    {
        var path = new[] { Path.Combine(AppContext.BaseDirectory, "host.json"), Path.Combine(contentRoot, "host.json") }
            .FirstOrDefault(File.Exists) ?? throw new FileNotFoundException("host.json was not found next to LocalHost.");
        return new ConfigurationBuilder()
            .AddJsonFile(path, optional: false)
            .AddEnvironmentVariables("AzureFunctionsJobHost__")
            .Build();
    }
}
