using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// A host for the hostile-input tests, with one real application in it and the two links its people got: the
/// applicant's receipt token and the coordinator's review token, so hostile requests can also come with a genuine
/// token for the wrong purpose or a genuine token and a poisoned body.
/// </summary>
public sealed class HostileInputHost : IAsyncDisposable
{
    public const string Coordinator = "beoordelaar@example.org";

    HostileInputHost(AppHost host, string callId)
    {
        Host = host;
        CallId = callId;
        Client = new HostileClient(host.Client, host.Port);
        Stored = StoredState.Of(host);
    }

    public string CallId { get; }
    public AppHost Host { get; }
    public HostKind Kind => Host.Kind;
    public string TaskHub => Host.TaskHub!;
    public HostileClient Client { get; }
    public StoredState Stored { get; }
    public string ApplicationId { get; private set; } = "";
    public string ReceiptToken { get; private set; } = "";
    public string ReviewToken { get; private set; } = "";

    public static async Task<HostileInputHost> StartAsync(HostKind kind)
    {
        var callId = CallConfiguration.NewCallId();
        var fixture = new HostileInputHost(await TestHosts.StartAsync(kind, CallConfiguration.Open(callId, null, Coordinator), TestHosts.NewTaskHub("hostile")), callId);
        try
        {
            await fixture.SubmitReferenceAsync();
        }
        catch
        {
            await fixture.DisposeAsync();
            throw;
        }

        return fixture;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    async Task SubmitReferenceAsync()
    {
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

    static string TokenOf(string url) => System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["token"]
        ?? throw new InvalidOperationException($"No token in {url}");
}
