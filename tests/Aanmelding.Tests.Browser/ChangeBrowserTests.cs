using Aanmelding.Tests.Support;
using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// Changing an application through the receipt link in Chromium (issue 16.2): the same form, filled in; the change
/// stored; a second tab on the old version refused with what it typed kept. Each state passes axe-core at both widths.
/// </summary>
public sealed class ChangeBrowserTests(PagesHost fixture) : IClassFixture<PagesHost>
{
    [SkippableFact]
    public async Task The_receipt_opens_the_form_filled_in_a_change_is_stored_and_a_second_tab_cannot_overwrite_it()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var wijk = "Wijziging " + Guid.NewGuid().ToString("N")[..6];
        var (_, receiptPath) = await fixture.SubmitAsync(TestApplication.Of("Utrecht", wijk, "Gemeente Utrecht", "anne.devries@utrecht.example.nl"));
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url(receiptPath));
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelding wijzigen" }).ClickAsync();

        Assert.StartsWith("Aanmelding wijzigen", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal(wijk, await page.GetByLabel("Wijk", new() { Exact = true }).InputValueAsync());
        Assert.Equal(TestApplication.DefaultMotivation, await page.GetByLabel("Motivatie", new() { Exact = true }).InputValueAsync());
        await AccessibleAtBothWidths.AssertAsync(page, "the change form");

        // A second tab opens the same version before the first one saves.
        var second = await context.NewPageAsync();
        await second.GotoAsync(page.Url);

        await page.GetByLabel("Motivatie", new() { Exact = true }).FillAsync(TestApplication.DefaultMotivation + " Aangevuld in het eerste venster.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        Assert.StartsWith("Ontvangstbevestiging", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Contains("Aangevuld in het eerste venster.", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        await second.GetByLabel("Motivatie", new() { Exact = true }).FillAsync(TestApplication.DefaultMotivation + " Aangevuld in het tweede venster.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        Assert.Contains("intussen gewijzigd", await second.InnerTextAsync("#melding"), StringComparison.Ordinal);
        Assert.Equal(TestApplication.DefaultMotivation + " Aangevuld in het tweede venster.", await second.GetByLabel("Motivatie", new() { Exact = true }).InputValueAsync());
        await AccessibleAtBothWidths.AssertAsync(second, "the change refused as stale");

        await page.ReloadAsync();
        Assert.DoesNotContain("tweede venster", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
