using System.Text;
using Aanmelding.Tests.Support;
using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// A PDF chosen on the form in Chromium: a file that is not one is refused beside its field, the PDF chosen again goes
/// in, the receipt lists it and its link saves it as a file; each state passes axe-core at desktop width and on a phone.
/// </summary>
public sealed class AttachmentBrowserTests(PagesHost fixture) : IClassFixture<PagesHost>
{
    [SkippableFact]
    public async Task A_pdf_chosen_on_the_form_is_sent_listed_on_the_receipt_and_downloaded()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", AcceptDownloads = true });
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url($"/calls/{fixture.CallId}"));
        await PageAccessibilityTests.FillAsync(page, TestApplication.Of("Utrecht", "Bijlagewijk " + Guid.NewGuid().ToString("N")[..6], "Gemeente Utrecht", "anne.devries@utrecht.example.nl"));
        var files = page.GetByLabel("Bijlagen (niet verplicht)");
        Assert.Contains("Hoogstens 3 pdf-bestanden van elk hoogstens 10 MB.", await page.InnerTextAsync("#f-attachments-uitleg"), StringComparison.Ordinal);
        await AccessibleAtBothWidths.AssertAsync(page, "the form with its file field");

        // A picture named as a PDF: refused by what it is, beside the field, and the focus on the list of mistakes.
        await files.SetInputFilesAsync(new FilePayload { Name = "foto.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("GIF89a not a pdf") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();
        Assert.StartsWith("\u201cfoto.pdf\u201d is geen pdf-bestand.", (await page.InnerTextAsync("#f-attachments-fout")).Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await AccessibleAtBothWidths.AssertAsync(page, "the form with a refused file");

        var pdf = TestPdf.Create(300 * 1024);
        await files.SetInputFilesAsync(new FilePayload { Name = "Steunbrief wethouder.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();

        Assert.Contains("/applications/", page.Url, StringComparison.Ordinal);
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Steunbrief wethouder.pdf" });
        Assert.Contains("(pdf, 300 kB)", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await AccessibleAtBothWidths.AssertAsync(page, "the receipt with an attachment");

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("Steunbrief wethouder.pdf", download.SuggestedFilename);
        var saved = await download.PathAsync();
        Assert.Equal(pdf, await File.ReadAllBytesAsync(saved));
    }
}
