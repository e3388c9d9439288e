using Aanmelding.Tests.Support;
using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// The applicant's side in Chromium (issue 16): nothing typed is lost, forms post to page addresses, a missing page
/// is a page; each state passes axe-core at desktop width and on a phone.
/// </summary>
public sealed class ApplicantPagesBrowserTests(PagesHost fixture) : IClassFixture<PagesHost>
{
    const string ClosedCallId = "kwetsbare-wijken-2018";

    [SkippableFact]
    public async Task A_form_sent_after_the_deadline_shows_everything_typed_and_whom_to_write_to()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url($"/calls/{fixture.CallId}"));
        var wijk = "Te laat " + Guid.NewGuid().ToString("N")[..6];
        await PageAccessibilityTests.FillAsync(page, TestApplication.Of("Utrecht", wijk, "Gemeente Utrecht", "anne.devries@utrecht.example.nl"));
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Anders" }).CheckAsync();
        await page.GetByLabel("Andere opgave (als u Anders koos)").FillAsync("Leegstand van winkels");

        // The form was opened before the deadline and is sent after it: the seed call closed in 2018.
        await page.EvalOnSelectorAsync("form#aanmeldformulier", $"form => form.setAttribute('action', '/calls/{ClosedCallId}')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();

        Assert.EndsWith($"/calls/{ClosedCallId}", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("Fout: aanmeldtermijn gesloten – ", await page.TitleAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#melding")).ToBeFocusedAsync();
        var typed = await page.InnerTextAsync("#ingevuld");
        Assert.Contains(wijk, typed, StringComparison.Ordinal);
        Assert.Contains(TestApplication.DefaultMotivation[..60], typed, StringComparison.Ordinal);
        Assert.Contains("Leegstand van winkels", typed, StringComparison.Ordinal);
        Assert.Contains("Armoede en Anders", typed, StringComparison.Ordinal);
        // Whom to write to: the closed call's own contact address, as in the footer.
        var contact = await page.Locator("footer a[href^='mailto:']").GetAttributeAsync("href");
        Assert.Equal(contact, await page.Locator("#melding a[href^='mailto:']").GetAttributeAsync("href"));
        await AccessibleAtBothWidths.AssertAsync(page, "the late submission");
    }

    [SkippableFact]
    public async Task After_a_failed_submit_the_address_is_the_forms_and_Enter_there_shows_the_form_again()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url($"/calls/{fixture.CallId}"));
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Anders" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();

        Assert.Equal(fixture.Url($"/calls/{fixture.CallId}"), page.Url);
        Assert.Equal("U koos Anders: beschrijf welke opgave in de wijk speelt.", (await page.InnerTextAsync("#f-challengesOther-fout")).Trim());
        var other = page.GetByLabel("Andere opgave (als u Anders koos)");
        Assert.Equal("f-challengesOther-fout f-challengesOther-uitleg", await other.GetAttributeAsync("aria-describedby"));

        var enter = await page.GotoAsync(page.Url);
        Assert.Equal(200, enter!.Status);
        Assert.Equal("text/html; charset=utf-8", (await enter.HeaderValueAsync("content-type"))?.ToLowerInvariant());
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).IsVisibleAsync());
    }

    [SkippableFact]
    public async Task A_missing_page_and_a_form_address_opened_with_Enter_are_Dutch_pages()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();

        var missing = await page.GotoAsync(fixture.Url("/aanmelden/bestaat-niet"));
        Assert.Equal(404, missing!.Status);
        Assert.Equal("Niet gevonden", await page.InnerTextAsync("h1"));
        await AccessibleAtBothWidths.AssertAsync(page, "a missing page");

        var button = await page.GotoAsync(fixture.Url($"/calls/{fixture.CallId}/receipt-link"));
        Assert.Equal(405, button!.Status);
        Assert.Equal("Dit kan hier niet", await page.InnerTextAsync("h1"));
        await AccessibleAtBothWidths.AssertAsync(page, "a form address opened with Enter");
    }

    [SkippableFact]
    public async Task Withdrawing_without_the_tick_is_answered_by_the_server_in_Dutch_and_the_page_says_what_withdrawing_means()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var (_, receipt) = await fixture.SubmitAsync(TestApplication.Of("Zwolle", "Stadshagen " + Guid.NewGuid().ToString("N")[..6], "Gemeente Zwolle"));
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url(receipt));
        Assert.Contains("Intrekken betekent: uw aanmelding doet niet meer mee aan de selectie", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // An English browser would have shown its own bubble for a required box; the server answers, in Dutch.
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding intrekken" }).ClickAsync();
        Assert.Contains($"/applications/", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#fouten")).ToBeFocusedAsync();
        Assert.StartsWith("Vink aan dat u deze aanmelding wilt intrekken", (await page.InnerTextAsync("#f-confirm-fout")).Trim(), StringComparison.Ordinal);
        await AccessibleAtBothWidths.AssertAsync(page, "a withdrawal without its tick");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ja, ik wil deze aanmelding intrekken." }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding intrekken" }).ClickAsync();
        var status = await page.InnerTextAsync("[role=status]");
        Assert.Contains("Zij doet niet mee aan de selectie en wordt niet beoordeeld.", status, StringComparison.Ordinal);
        Assert.Contains("kunt u de wijk opnieuw aanmelden met het aanmeldformulier", status, StringComparison.Ordinal);
        await AccessibleAtBothWidths.AssertAsync(page, "the withdrawn receipt");
    }

    [SkippableFact]
    public async Task Stuur_mijn_link_opnieuw_is_reached_from_the_form_and_passes_axe_in_each_state()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url($"/calls/{fixture.CallId}"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Stuur mijn link opnieuw" }).ClickAsync();
        Assert.EndsWith($"/calls/{fixture.CallId}/lost-link", page.Url, StringComparison.Ordinal);
        await AccessibleAtBothWidths.AssertAsync(page, "the lost-link page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mijn link opnieuw" }).ClickAsync();
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#fouten")).ToBeFocusedAsync();
        await AccessibleAtBothWidths.AssertAsync(page, "the lost-link page with its mistake");

        await page.GetByLabel("E-mailadres").FillAsync("iemand@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stuur mijn link opnieuw" }).ClickAsync();
        Assert.Equal("Verzoek ontvangen", await page.InnerTextAsync("h1"));
        await AccessibleAtBothWidths.AssertAsync(page, "the lost-link answer");
    }

    [SkippableFact]
    public async Task The_receipt_prints_as_a_copy_of_what_was_sent_without_forms_or_buttons()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var wijk = "Afdruk " + Guid.NewGuid().ToString("N")[..6];
        var (_, receipt) = await fixture.SubmitAsync(TestApplication.Of("Zwolle", wijk, "Gemeente Zwolle"));
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url(receipt));
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding intrekken" }).IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding intrekken" }).IsVisibleAsync());
        Assert.False(await page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelding intrekken" }).IsVisibleAsync());
        Assert.True(await page.GetByText(wijk, new() { Exact = true }).IsVisibleAsync());
        Assert.True(await page.GetByText(TestApplication.DefaultMotivation[..40]).IsVisibleAsync());
        var colours = await page.EvaluateAsync<string[]>("() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('main')).color]");
        Assert.Equal(["rgb(255, 255, 255)", "rgb(0, 0, 0)"], colours);
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 1000, "no printed page");
    }
}
