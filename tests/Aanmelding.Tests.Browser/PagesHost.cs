using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;
using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// One LocalHost with an open call and one Chromium for the page tests of a class; each test submits its own
/// applications. Without Debian's chromium nothing starts and the tests skip.
/// </summary>
public sealed class PagesHost : IAsyncLifetime
{
    public const string Coordinator = "beoordelaar.pagina@example.org";
    public const string Contact = "kwetsbare-wijken@platform31.example";

    AppHost? host;
    BrowserSession? session;

    public string CallId { get; } = "pages-" + Guid.NewGuid().ToString("N")[..10];

    public AppHost Host => host ?? throw new InvalidOperationException("The host has not started.");

    public IBrowser Browser => session?.Browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!BrowserSession.Available)
        {
            return;
        }

        host = await TestHosts.StartAsync(HostKind.LocalHost, new Dictionary<string, string>
        {
            [$"Calls__{CallId}__Title"] = "Verduurzaming van kwetsbare wijken (paginatest)",
            [$"Calls__{CallId}__Deadline"] = new DateTime(2099, 7, 13, 23, 59, 59).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            [$"Calls__{CallId}__Coordinators__0"] = Coordinator,
            [$"Calls__{CallId}__ContactEmail"] = Contact,
        });
        await WaitForWorkflowEngineAsync(host);
        session = await BrowserSession.StartAsync();
    }

    /// <summary>
    /// Health speaks for storage only; the in-process workflow engine is ready once LocalHost's first sweep (which also
    /// starts the call workflows) has finished.
    /// </summary>
    public static async Task WaitForWorkflowEngineAsync(AppHost host)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(90);
        while (!host.Output.Contains("Sweep: ", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < giveUp, $"LocalHost's workflow engine did not answer in 90 s:{Environment.NewLine}{host.Output}");
            await Task.Delay(200);
        }
    }

    public string Url(string pathAndQuery) => new Uri(Host.BaseAddress, pathAndQuery).ToString();

    /// <summary>Submits an application through the API; its id and receipt path.</summary>
    public async Task<(string Id, string ReceiptPath)> SubmitAsync(TestApplication application)
    {
        using var response = await Host.Client.PostAsJsonAsync($"/api/calls/{CallId}/applications", application.Json());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var statusUrl = new Uri(body.GetProperty("statusUrl").GetString()!);
        return (body.GetProperty("id").GetString()!, statusUrl.PathAndQuery.Replace("/api/applications/", "/applications/", StringComparison.Ordinal));
    }

    /// <summary>The coordinator's review link for an application, from the review request in the outbox.</summary>
    public async Task<string> ReviewLinkAsync(string applicationId)
    {
        var mail = Assert.Single(await Outbox.WaitForAsync(
            Host.OutboxPath,
            m => Outbox.To(m) == Coordinator && Outbox.Links(m).Any(l => l.Contains($"/review/{applicationId}?token=", StringComparison.Ordinal)),
            timeout: TimeSpan.FromSeconds(120)));
        return Outbox.Links(mail).First(l => l.Contains($"/review/{applicationId}?token=", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
