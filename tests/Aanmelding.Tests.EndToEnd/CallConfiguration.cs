namespace Aanmelding.Tests.EndToEnd;

/// <summary>A call of its own per test host (environment variables), so hosts sharing Azurite never mix data.</summary>
public static class CallConfiguration
{
    public static string NewCallId() => "e2e-" + Guid.NewGuid().ToString("N")[..10];

    public static Dictionary<string, string> Open(string callId, DateTime? deadlineLocal = null, params string[] coordinators)
    {
        var settings = new Dictionary<string, string>
        {
            [$"Calls__{callId}__Title"] = "Verduurzaming van kwetsbare wijken (test)",
            [$"Calls__{callId}__Organisers__0"] = "Platform31",
            [$"Calls__{callId}__Organisers__1"] = "Nyenrode Business Universiteit",
            [$"Calls__{callId}__Capacity"] = "12",
            [$"Calls__{callId}__Deadline"] = (deadlineLocal ?? new DateTime(2099, 7, 13, 23, 59, 59)).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        };
        var list = coordinators.Length == 0 ? ["coordinator@example.org"] : coordinators;
        for (var i = 0; i < list.Length; i++)
        {
            settings[$"Calls__{callId}__Coordinators__{i}"] = list[i];
        }

        return settings;
    }
}
