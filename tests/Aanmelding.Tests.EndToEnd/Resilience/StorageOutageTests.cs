using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;
using Xunit.Abstractions;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// Storage goes away while LocalHost keeps running (Azurite stopped and started again on its disk data): clients
/// are told to come back (503 with Retry-After, never a 500), nothing half-stored, and the same process takes
/// submissions again once storage is back.
/// </summary>
[LongRunning(12)]
public sealed class StorageOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    readonly string callId = CallConfiguration.NewCallId();
    readonly string taskHub = "outage" + Guid.NewGuid().ToString("N")[..8];
    Azurite azurite = null!;
    AppHost host = null!;

    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartOnDiskAsync();
        var settings = QuickRedelivery.Apply(CallConfiguration.Open(callId));
        settings["AzureWebJobsStorage"] = azurite.ConnectionString;
        host = await TestHosts.StartAsync(HostKind.LocalHost, settings, taskHub);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task While_storage_is_down_requests_get_503_with_retry_after_and_afterwards_the_same_process_carries_on()
    {
        // A few applications still on their way through their workflows when storage goes.
        var before = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => SubmitAsync($"Gemeente Voor {i}", $"voor-{i}@example.org")));
        Assert.All(before, b => Assert.Equal(HttpStatusCode.Accepted, b.Status));
        var receiptUrl = before[0].Body.GetProperty("statusUrl").GetString()!;

        await azurite.StopAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        using (var health = await host.Client.GetAsync("/api/health"))
        {
            AssertComeBackLater(health);
        }

        output.WriteLine($"health answered 503 after {clock.ElapsedMilliseconds} ms");
        clock.Restart();
        var during = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var organisation = $"Gemeente Tijdens {i}";
            during.Add(organisation);
            var refused = await SubmitAsync(organisation, $"tijdens-{i}@example.org", withKey: i == 1);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.True(refused.RetryAfter, "a 503 without Retry-After");
            Assert.Equal("unavailable", refused.Body.GetProperty("code").GetString());
        }

        output.WriteLine($"three submissions answered 503 in {clock.ElapsedMilliseconds} ms");
        using (var form = await host.Client.PostAsync($"/api/calls/{callId}/applications", new FormUrlEncodedContent(FormFields("Gemeente Formulier"))))
        {
            AssertComeBackLater(form);
        }

        using (var receipt = await host.Client.GetAsync(new Uri(receiptUrl).PathAndQuery))
        {
            AssertComeBackLater(receipt);
        }

        Assert.False(host.Output.Contains("Unhandled exception", StringComparison.Ordinal), "LocalHost crashed during the outage");

        await azurite.StartAgainAsync();
        clock.Restart();

        // The same process, without a restart: healthy again and taking (and processing) submissions.
        await WaitUntilAsync(async () =>
        {
            using var health = await host.Client.GetAsync("/api/health");
            return health.StatusCode == HttpStatusCode.OK;
        });
        output.WriteLine($"healthy again {clock.ElapsedMilliseconds} ms after storage came back");
        var after = await SubmitAsync("Gemeente Na", "na@example.org");
        Assert.Equal(HttpStatusCode.Accepted, after.Status);

        // What was in flight when storage went resumes, and what came after is processed: one acknowledgement each.
        var acknowledged = await Outbox.WaitForAsync(host.OutboxPath, m => m.Headers["X-Aanmelding-Kind"] == "acknowledgement", count: 7, timeout: Patience);
        output.WriteLine($"acknowledged {clock.ElapsedMilliseconds} ms after storage came back");
        Assert.Equal(
            new[] { "na@example.org" }.Concat(Enumerable.Range(0, 6).Select(i => $"voor-{i}@example.org")).Order(StringComparer.Ordinal),
            acknowledged.Select(Outbox.To).Order(StringComparer.Ordinal));
        using (var receipt = await host.Client.GetAsync(new Uri(receiptUrl).PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        }

        // What was refused during the outage left nothing behind.
        var rows = await new StoredState(azurite.ConnectionString, taskHub, host.OutboxPath).ApplicationsAsync(callId);
        Assert.Equal(
            new[] { "Gemeente Na" }.Concat(Enumerable.Range(0, 6).Select(i => $"Gemeente Voor {i}")).Order(StringComparer.Ordinal),
            rows.Values.Select(r => r.Organisation).Order(StringComparer.Ordinal));
        output.WriteLine($"stored after the outage: {rows.Count}");
        foreach (var line in host.Output.Split('\n').Where(l => l.Contains("unavailable (", StringComparison.Ordinal)).Distinct())
        {
            output.WriteLine(line);
        }
    }

    static void AssertComeBackLater(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    async Task<(HttpStatusCode Status, JsonElement Body, bool RetryAfter)> SubmitAsync(string organisation, string email, bool withKey = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{callId}/applications")
        {
            Content = JsonContent.Create(TestApplication.Of("Utrecht", "Centrum", organisation, email).Json()),
        };
        if (withKey)
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        }

        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body, response.Headers.RetryAfter is not null);
    }

    static IEnumerable<KeyValuePair<string, string>> FormFields(string organisation) =>
    [
        .. TestApplication.Of("Utrecht", "Centrum", organisation, "formulier@example.org").FormFields(),
        new("idempotencyKey", Guid.NewGuid().ToString("N")),
    ];

    static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "storage came back but LocalHost did not recover");
            await Task.Delay(500);
        }
    }
}
