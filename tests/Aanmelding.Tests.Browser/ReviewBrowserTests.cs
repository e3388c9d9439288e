using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;
using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>A coordinator opens the review link from their e-mail in Chromium and presses approve.</summary>
public sealed class ReviewBrowserTests
{
    const string Coordinator = "coordinator.browser@example.org";

    [SkippableFact]
    public async Task A_coordinator_opens_the_link_from_the_email_and_approves_with_a_score_and_a_note()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var callId = "browser-" + Guid.NewGuid().ToString("N")[..10];
        await using var host = await TestHosts.StartAsync(HostKind.LocalHost, OpenCall(callId));
        using var submitted = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", TestApplication.Of("Groningen", "Selwerd", "Gemeente Groningen").Json());
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var email = Assert.Single(await Outbox.WaitForAsync(host.OutboxPath, m => Outbox.To(m) == Coordinator && (m.TextBody ?? "").Contains($"/review/{id}?token=", StringComparison.Ordinal)));
        var link = Assert.Single(Outbox.Links(email), l => l.Contains($"/review/{id}?token=", StringComparison.Ordinal));

        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync();
        var opened = await page.GotoAsync(link);

        Assert.Equal(200, opened?.Status);
        Assert.StartsWith("Beoordelen", await page.TitleAsync(), StringComparison.Ordinal);
        var main = await page.InnerTextAsync("main");
        Assert.Contains("Selwerd in Groningen", main, StringComparison.Ordinal);
        Assert.Contains($"U beoordeelt als {Coordinator}", main, StringComparison.Ordinal);
        Assert.Empty(await DecisionsAsync(id));

        await page.GetByLabel("Score (niet verplicht)").SelectOptionAsync("4");
        await page.GetByLabel("Toelichting (niet verplicht)").FillAsync("Goed plan, breed gedragen in de wijk.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();

        Assert.Equal("Uw besluit is vastgelegd", await page.Locator("h1").InnerTextAsync());
        var confirmation = await page.Locator("[role=status]").InnerTextAsync();
        Assert.Contains("Goedgekeurd", confirmation, StringComparison.Ordinal);
        Assert.Contains("score 4", confirmation, StringComparison.Ordinal);
        Assert.EndsWith($"/review/{id}", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        var audit = Assert.Single(await DecisionsAsync(id));
        Assert.Equal(Coordinator, audit.GetString("Coordinator"));
        Assert.Equal("approved", audit.GetString("Decision"));
        Assert.Equal(4, audit.GetInt32("Score"));
        Assert.Equal("Goed plan, breed gedragen in de wijk.", audit.GetString("Note"));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/calls/{callId}/applications");
        request.Headers.Add("x-functions-key", host.AdminKey);
        using var list = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var row = Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applications").EnumerateArray());
        Assert.Equal(id, row.GetProperty("id").GetString());
        Assert.Equal("approved", row.GetProperty("decision").GetString());
        Assert.Equal(4, row.GetProperty("score").GetInt32());
        Assert.Equal(Coordinator, row.GetProperty("decidedBy").GetString());

        // Back to the application from the confirmation: the decision shows and can still be revised.
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de aanmelding" }).ClickAsync();
        Assert.Contains("Huidig besluit: Goedgekeurd, score 4", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("form[method=post]").CountAsync());
    }

    static Dictionary<string, string> OpenCall(string callId) => new()
    {
        [$"Calls__{callId}__Title"] = "Verduurzaming van kwetsbare wijken (browsertest)",
        [$"Calls__{callId}__Deadline"] = new DateTime(2099, 7, 13, 23, 59, 59).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        [$"Calls__{callId}__Coordinators__0"] = Coordinator,
    };

    static async Task<IReadOnlyList<TableEntity>> DecisionsAsync(string applicationId)
    {
        var table = new TableClient(TestStorage.ConnectionString, "Decisions");
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {applicationId}")))
            {
                rows.Add(row);
            }
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // No decision was ever recorded on this storage account: the table does not exist yet.
        }

        return rows;
    }
}
