using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Browser;

/// <summary>The form page opens in a real browser and reads as a Dutch form.</summary>
public sealed class BrowserSmokeTests
{
    [SkippableFact]
    public async Task The_form_page_opens_in_chromium_with_a_dutch_title()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        await using var host = await TestHosts.StartAsync(HostKind.LocalHost);
        await using var session = await BrowserSession.StartAsync();
        var page = await session.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, "/").ToString());

        Assert.EndsWith("/calls/kwetsbare-wijken-2018", page.Url, StringComparison.Ordinal);
        Assert.Contains("Verduurzaming van kwetsbare wijken", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Contains("gesloten sinds vrijdag 13 juli 2018", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
