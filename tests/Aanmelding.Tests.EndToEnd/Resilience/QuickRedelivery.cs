namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// Work a worker held when it died (or when storage failed under it) stays hidden in its queue until the message's
/// visibility timeout runs out: 5 minutes by default, 1 minute here (the least the Functions host's Durable extension
/// allows), so recovery tests finish in minutes.
/// </summary>
public static class QuickRedelivery
{
    public static Dictionary<string, string> Apply(Dictionary<string, string> settings)
    {
        settings["AzureFunctionsJobHost__extensions__durableTask__storageProvider__controlQueueVisibilityTimeout"] = "00:01:00";
        settings["AzureFunctionsJobHost__extensions__durableTask__storageProvider__workItemQueueVisibilityTimeout"] = "00:01:00";
        return settings;
    }
}
