using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;
using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// The programme office in Chromium: two beoordelaars review the same application through their own links, one signs
/// in by e-mailed link, finds both reviews side by side and the disagreement flagged, filters, opens the application,
/// and signs out. Every page and state passes axe-core at desktop width and at 375 px.
/// </summary>
public sealed class OfficeBrowserTests
{
    const string Anna = "anna.programmaleiding@example.org";
    const string Bram = "bram.programmaleiding@example.org";

    [SkippableFact]
    public async Task Two_reviewers_review_one_signs_in_by_link_and_sees_both_reviews_filters_opens_and_signs_out()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var callId = "office-" + Guid.NewGuid().ToString("N")[..10];
        await using var host = await TestHosts.StartAsync(HostKind.LocalHost, OpenCall(callId));
        var disputed = await SubmitAsync(host, callId, TestApplication.Of("Zaanstad", "Poelenburg", "Gemeente Zaanstad"));
        await SubmitAsync(host, callId, TestApplication.Of("Groningen", "Selwerd", "Gemeente Groningen"));

        await using var session = await BrowserSession.StartAsync();

        // Each beoordelaar reviews through their own link; the second does not overwrite the first.
        foreach (var (coordinator, button, score, note) in new[] { (Anna, "Goedkeuren", "4", "Sterk plan met de corporatie."), (Bram, "Afwijzen", "2", "Te weinig draagvlak.") })
        {
            var reviewer = await session.Browser.NewPageAsync();
            await reviewer.GotoAsync(await ReviewLinkAsync(host, coordinator, disputed));
            await reviewer.GetByLabel("Score (niet verplicht)").SelectOptionAsync(score);
            await reviewer.GetByLabel("Toelichting (niet verplicht)").FillAsync(note);
            await reviewer.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            Assert.Equal("Uw besluit is vastgelegd", await reviewer.Locator("h1").InnerTextAsync());
            await reviewer.CloseAsync();
        }

        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", ViewportSize = AccessibilityCheck.Desktop });
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        var check = new AccessibilityCheck(page);

        // Not signed in: the overview leads to the sign-in page.
        await page.GotoAsync(Url(host, $"/office/{callId}"));
        Assert.EndsWith($"/office/{callId}/sign-in", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await check.RunAsync("the sign-in page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een inloglink" }).ClickAsync();
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await check.RunAsync("the sign-in page with a mistake");
        await page.GetByLabel("E-mailadres").FillAsync(Anna);
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een inloglink" }).ClickAsync();
        Assert.Equal("Kijk in uw e-mail", await page.Locator("h1").InnerTextAsync());
        await check.RunAsync("the page that says a link is on its way");

        var link = await SignInLinkAsync(host, Anna);
        await page.GotoAsync(link);
        await check.RunAsync("the page behind the e-mailed link");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        Assert.Equal(new Uri(Url(host, $"/office/{callId}")).AbsolutePath, new Uri(page.Url).AbsolutePath);
        var main = await page.InnerTextAsync("main");
        Assert.Contains($"Ingelogd als {Anna}", main, StringComparison.Ordinal);
        var row = page.Locator("tbody tr", new() { HasText = "Poelenburg" });
        var rowText = await row.InnerTextAsync();
        Assert.Contains($"{Anna}: Goedgekeurd (4)", rowText, StringComparison.Ordinal);
        Assert.Contains($"{Bram}: Afgewezen (2)", rowText, StringComparison.Ordinal);
        Assert.Contains("beoordelaars oneens", rowText, StringComparison.Ordinal);
        await check.RunAsync("the overview");

        await page.GetByLabel("Gemeente").SelectOptionAsync("Groningen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        Assert.Contains("Selwerd", await page.Locator("tbody tr").InnerTextAsync(), StringComparison.Ordinal);
        await check.RunAsync("the filtered overview");

        await page.GetByLabel("Gemeente").SelectOptionAsync("Zaanstad");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Poelenburg") }).ClickAsync();
        Assert.StartsWith("Aanmelding Poelenburg, Zaanstad – ", await page.TitleAsync(), StringComparison.Ordinal);
        main = await page.InnerTextAsync("main");
        Assert.Contains("Toelichting: Sterk plan met de corporatie.", main, StringComparison.Ordinal);
        Assert.Contains("Toelichting: Te weinig draagvlak.", main, StringComparison.Ordinal);
        Assert.Contains("De beoordelaars zijn het oneens.", main, StringComparison.Ordinal);
        await check.RunAsync("one application");

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        Assert.Equal("U bent uitgelogd", await page.Locator("h1").InnerTextAsync());
        await check.RunAsync("signed out");
        await page.GotoAsync(Url(host, $"/office/{callId}"));
        Assert.EndsWith("/sign-in", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        // The link has been used: pressing its button again signs in nobody.
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        Assert.Equal("Link al gebruikt", await page.Locator("h1").InnerTextAsync());
        await check.RunAsync("a used sign-in link");

        Assert.Equal(9, check.Checked.Count);
    }

    [SkippableFact]
    public async Task A_coordinator_finalises_with_eyes_open_and_replaces_a_selected_wijk_that_drops_out()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var callId = "final-" + Guid.NewGuid().ToString("N")[..10];
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        var settings = OpenCall(callId);
        settings[$"Calls__{callId}__Deadline"] = TimeZoneInfo.ConvertTime(deadline.AddSeconds(1), Amsterdam).DateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        settings[$"Calls__{callId}__Capacity"] = "1";
        await using var host = await TestHosts.StartAsync(HostKind.LocalHost, settings);

        // Two approved wijken for one place (Poelenburg selected, Selwerd on the reserve list) and one nobody reviewed.
        var ids = new List<string>();
        foreach (var (application, score) in new[]
        {
            (TestApplication.Of("Zaanstad", "Poelenburg", "Gemeente Zaanstad"), 5),
            (TestApplication.Of("Groningen", "Selwerd", "Gemeente Groningen"), 4),
        })
        {
            var id = await SubmitAsync(host, callId, application);
            ids.Add(id);
            var token = QueryToken(await ReviewLinkAsync(host, Anna, id));
            using var reviewed = await host.Client.PostAsJsonAsync($"/api/applications/{id}/review", new { token, decision = "approved", score });
            Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        }

        await SubmitAsync(host, callId, TestApplication.Of("Utrecht", "Kanaleneiland", "Gemeente Utrecht"));
        while ((await host.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}")).GetProperty("open").GetBoolean())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline.AddSeconds(90), "The call did not close.");
            await Task.Delay(250);
        }

        await using var session = await BrowserSession.StartAsync();
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", ViewportSize = AccessibilityCheck.Desktop });
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        var check = new AccessibilityCheck(page);
        await page.GotoAsync(Url(host, $"/office/{callId}/sign-in"));
        await page.GetByLabel("E-mailadres").FillAsync(Anna);
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mij een inloglink" }).ClickAsync();
        await page.GotoAsync(await SignInLinkAsync(host, Anna));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        // The selection as it would come out, with the warning; finalising needs the box ticked.
        await page.GotoAsync(Url(host, $"/office/{callId}/selection"));
        Assert.Equal("Voorlopige selectie", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("1 aanmelding is door niemand beoordeeld.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Contains("Geselecteerd", await page.Locator("tbody tr", new() { HasText = "Poelenburg" }).InnerTextAsync(), StringComparison.Ordinal);
        await check.RunAsync("the selection as it would come out");
        await page.GetByRole(AriaRole.Button, new() { Name = "Selectie definitief maken" }).ClickAsync();
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await check.RunAsync("finalising without the confirmation");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik heb de voorlopige selectie bekeken en wil haar definitief maken." }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Selectie definitief maken" }).ClickAsync();
        Assert.Equal("De selectie wordt definitief gemaakt", await page.Locator("h1").InnerTextAsync());
        await check.RunAsync("finalising");
        await Outbox.WaitForAsync(host.OutboxPath, m => m.Headers["X-Aanmelding-Kind"] == "outcome", 3, TimeSpan.FromSeconds(120));

        // Final: Poelenburg drops out; its place goes to Selwerd, first on the reserve list.
        await page.GotoAsync(Url(host, $"/office/{callId}/selection"));
        Assert.Equal("De selectie", await page.Locator("h1").InnerTextAsync());
        await check.RunAsync("the final selection");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vervangen (Poelenburg)" }).ClickAsync();
        Assert.StartsWith("Vervangen: Poelenburg, Zaanstad – ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Contains("Selwerd", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await check.RunAsync("replacing a selected wijk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vervangen en beide aanmelders bericht sturen" }).ClickAsync();
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await check.RunAsync("replacing without the confirmation");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Poelenburg, Zaanstad doet niet meer mee; de plaats gaat naar Selwerd, Groningen." }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vervangen en beide aanmelders bericht sturen" }).ClickAsync();
        Assert.Equal("Vervanging in gang gezet: Poelenburg, Zaanstad", await page.Locator("h1").InnerTextAsync());
        await check.RunAsync("a replacement under way");
        await Outbox.WaitForAsync(host.OutboxPath, m => m.Headers["X-Aanmelding-Kind"] is "dropped-out" or "selected-from-reserve", 2, TimeSpan.FromSeconds(90));

        await page.GotoAsync(Url(host, $"/office/{callId}/selection"));
        Assert.Contains("Geselecteerd", await page.Locator("tbody tr", new() { HasText = "Selwerd" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Ingetrokken", await page.Locator("tbody tr", new() { HasText = "Poelenburg" }).InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await check.RunAsync("the selection after a replacement");
        await page.GotoAsync(Url(host, $"/office/{callId}/applications/{ids[0]}/replace"));
        Assert.Equal("Al vervangen: Poelenburg, Zaanstad", await page.Locator("h1").InnerTextAsync());
        await check.RunAsync("a wijk replaced already");

        Assert.Equal(9, check.Checked.Count);
    }

    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    static string QueryToken(string url) => Uri.UnescapeDataString(new Uri(url).Query.Split("token=")[1].Split('&')[0]);

    static Dictionary<string, string> OpenCall(string callId) => new()
    {
        [$"Calls__{callId}__Title"] = "Verduurzaming van kwetsbare wijken (kantoortest)",
        [$"Calls__{callId}__Deadline"] = new DateTime(2099, 7, 13, 23, 59, 59).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        [$"Calls__{callId}__Coordinators__0"] = Anna,
        [$"Calls__{callId}__Coordinators__1"] = Bram,
        ["RateLimits__MailsPerAddressPerHour"] = "100",
    };

    static string Url(AppHost host, string path) => new Uri(host.BaseAddress, path).ToString();

    static async Task<string> SubmitAsync(AppHost host, string callId, TestApplication application)
    {
        using var response = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", application.Json());
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    static async Task<string> ReviewLinkAsync(AppHost host, string coordinator, string id)
    {
        var mail = Assert.Single(await Outbox.WaitForAsync(host.OutboxPath, m => Outbox.To(m) == coordinator && (m.TextBody ?? "").Contains($"/review/{id}?token=", StringComparison.Ordinal)));
        return Assert.Single(Outbox.Links(mail), l => l.Contains($"/review/{id}?token=", StringComparison.Ordinal));
    }

    static async Task<string> SignInLinkAsync(AppHost host, string coordinator)
    {
        var mail = Assert.Single(await Outbox.WaitForAsync(host.OutboxPath, m => Outbox.To(m) == coordinator && (m.Subject ?? "").StartsWith("Inloggen:", StringComparison.Ordinal)));
        return Assert.Single(Outbox.Links(mail), l => l.Contains("/sign-in/link?token=", StringComparison.Ordinal));
    }
}
