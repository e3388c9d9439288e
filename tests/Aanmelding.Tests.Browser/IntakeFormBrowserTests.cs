using System.Globalization;
using System.Text.RegularExpressions;
using Aanmelding.Tests.Support;
using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// A person fills in the form in Chromium, makes one mistake, corrects it and lands on the receipt page — with
/// JavaScript switched off, because the form must work without it.
/// </summary>
public sealed class IntakeFormBrowserTests
{
    [SkippableFact]
    public async Task Fill_in_submit_with_one_mistake_correct_it_and_land_on_the_receipt()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var callId = "browser-" + Guid.NewGuid().ToString("N")[..10];
        var wijk = "Overvecht " + Guid.NewGuid().ToString("N")[..6];
        await using var host = await TestHosts.StartAsync(HostKind.LocalHost, new Dictionary<string, string>
        {
            [$"Calls__{callId}__Title"] = "Verduurzaming van kwetsbare wijken (browser)",
            [$"Calls__{callId}__Deadline"] = new DateTime(2029, 7, 13, 23, 59, 59).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
            [$"Calls__{callId}__Coordinators__0"] = "coordinator@example.org",
        });
        await PagesHost.WaitForWorkflowEngineAsync(host);
        await using var session = await BrowserSession.StartAsync();
        await using var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "nl-NL" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.BaseAddress, $"/calls/{callId}").ToString());
        Assert.Contains("vrijdag 13 juli 2029, 23:59", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // Everything found by its label, as a person (or a screen reader) finds it.
        await page.GetByRole(AriaRole.Radio, new() { Name = "Gemeente", Exact = true }).CheckAsync();
        await page.GetByLabel("Naam van de organisatie").FillAsync("Gemeente Utrecht");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Gemeente", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Utrecht" });
        await page.GetByLabel("Wijk", new() { Exact = true }).FillAsync(wijk);
        await page.GetByLabel("Aantal woningen (niet verplicht)").FillAsync("4200");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Aanwijzing in voorbereiding" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Armoede" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Eenzaamheid" }).CheckAsync();
        await page.GetByLabel("Motivatie").FillAsync(TestApplication.DefaultMotivation);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Anne de Vries");
        await page.GetByLabel("E-mailadres").FillAsync("anne.devries@utrecht");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik ga ermee akkoord" }).CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();

        // The form again: the one mistake beside its field, everything else as typed.
        var email = page.GetByLabel("E-mailadres");
        Assert.Equal("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.", (await page.InnerTextAsync("#f-contact-email-fout")).Trim());
        Assert.Equal("true", await email.GetAttributeAsync("aria-invalid"));
        Assert.Equal(1, await page.Locator(".utrecht-form-field-error-message").CountAsync());
        Assert.Equal("anne.devries@utrecht", await email.InputValueAsync());
        Assert.Equal(wijk, await page.GetByLabel("Wijk", new() { Exact = true }).InputValueAsync());
        Assert.Equal("GM0344", await page.GetByRole(AriaRole.Combobox, new() { Name = "Gemeente", Exact = true }).InputValueAsync());
        Assert.Equal(TestApplication.DefaultMotivation, await page.GetByLabel("Motivatie").InputValueAsync());
        Assert.True(await page.GetByRole(AriaRole.Radio, new() { Name = "Aanwijzing in voorbereiding" }).IsCheckedAsync());
        Assert.True(await page.GetByRole(AriaRole.Checkbox, new() { Name = "Eenzaamheid" }).IsCheckedAsync());
        Assert.True(await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik ga ermee akkoord" }).IsCheckedAsync());

        await email.FillAsync("anne.devries@utrecht.example.nl");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();

        Assert.Matches(new Regex("/applications/[0-9A-Z]{12}\\?token=", RegexOptions.None, TimeSpan.FromSeconds(1)), page.Url);
        var heading = await page.InnerTextAsync("h1");
        Assert.Equal($"Uw aanmelding voor {wijk}, Utrecht", heading);
        var main = await page.InnerTextAsync("main");
        Assert.Contains("Ontvangen – wordt beoordeeld", main, StringComparison.Ordinal);
        Assert.Contains(wijk, main, StringComparison.Ordinal);
        Assert.Contains("anne.devries@utrecht.example.nl", main, StringComparison.Ordinal);

        // After 303 the receipt is a plain GET: reloading it shows it again and posts nothing.
        var receiptUrl = page.Url;
        var response = await page.ReloadAsync();
        Assert.Equal("GET", response!.Request.Method);
        Assert.Equal(receiptUrl, page.Url);
        Assert.Equal(heading, await page.InnerTextAsync("h1"));

        var id = new Uri(receiptUrl).AbsolutePath.Split('/')[^1];
        var acknowledgements = await Outbox.WaitForAsync(host.OutboxPath, m => Outbox.To(m) == "anne.devries@utrecht.example.nl");
        Assert.Contains(id, Assert.Single(acknowledgements).Subject, StringComparison.Ordinal);
    }
}
