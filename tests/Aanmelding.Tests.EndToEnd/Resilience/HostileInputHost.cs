using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// One LocalHost for the hostile-input tests, with one real application in it and the two links its people got:
/// the applicant's receipt token and the coordinator's review token, so hostile requests can also come with a
/// genuine token for the wrong purpose or a genuine token and a poisoned body.
/// </summary>
public sealed class HostileInputHost : IAsyncLifetime
{
    public const string Coordinator = "beoordelaar@example.org";

    public string CallId { get; } = CallConfiguration.NewCallId();
    public string TaskHub { get; } = "hostile" + Guid.NewGuid().ToString("N")[..8];
    public LocalHostProcess Host { get; private set; } = null!;
    public HostileClient Client { get; private set; } = null!;
    public StoredState Stored { get; private set; } = null!;
    public string ApplicationId { get; private set; } = "";
    public string ReceiptToken { get; private set; } = "";
    public string ReviewToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await LocalHostProcess.StartAsync(CallConfiguration.Open(CallId, null, Coordinator), TaskHub);
        Client = new HostileClient(Host.Client, Host.Port);
        Stored = StoredState.Of(Host, TaskHub);

        using var response = await Host.Client.PostAsJsonAsync($"/api/calls/{CallId}/applications", TestApplication.Of().Json());
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"The reference application was refused: {await response.Content.ReadAsStringAsync()}");
        }

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        ApplicationId = answer.GetProperty("id").GetString()!;
        ReceiptToken = TokenOf(answer.GetProperty("statusUrl").GetString()!);

        var requests = await Outbox.WaitForAsync(Host.OutboxPath, m => Outbox.To(m) == Coordinator, timeout: TimeSpan.FromMinutes(2));
        var link = requests.SelectMany(Outbox.Links).FirstOrDefault(l => l.Contains($"/review/{ApplicationId}?", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("No review request arrived for the reference application.");
        ReviewToken = TokenOf(link);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    static string TokenOf(string url) => System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["token"]
        ?? throw new InvalidOperationException($"No token in {url}");
}
