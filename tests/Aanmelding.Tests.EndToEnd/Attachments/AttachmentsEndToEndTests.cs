using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aanmelding.Core.Attachments;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Web;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.EndToEnd.Office;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Azure.Storage.Blobs;

namespace Aanmelding.Tests.EndToEnd.Attachments;

/// <summary>
/// PDF attachments on the real stack under both hosts: three files of exactly the largest size go in, are listed on the
/// receipt, the review page and the office page and download through each door with their bytes and safe headers;
/// whatever is refused (not a PDF, one byte too large, a duplicate) leaves no row and no blob.
/// </summary>
[Collection(OfficeHostGroup.Name)]
public sealed class AttachmentsEndToEndTests(OfficeHostGroup hosts)
{
    const string A = ReviewCall.CoordinatorA;

    static readonly BlobContainerClient Container =
        new BlobServiceClient(TestStorage.ConnectionString).GetBlobContainerClient(AttachmentStore.ContainerName);

    [SkippableTheory, OnBothHosts]
    public async Task Three_files_of_the_largest_size_are_kept_listed_and_downloaded_through_each_door_as_they_were_sent(HostKind kind)
    {
        var office = await hosts.On(kind);
        byte[][] files = [TestPdf.Create(AttachmentRules.MaxFileBytes, "Motivatiebrief"), TestPdf.Create(AttachmentRules.MaxFileBytes, "Steunbrief"), TestPdf.Create(AttachmentRules.MaxFileBytes, "Kaart")];
        var body = IntakeApi.ValidBody();
        body["attachments"] = new JsonArray(
            Attachment("Motivatiebrief gemeente.pdf", files[0]),
            Attachment(@"C:\Documenten\Steunbrief wethouder.PDF", files[1]),
            Attachment("kaart<script>.pdf", files[2]));

        var accepted = await IntakeApi.SubmitAcceptedAsync(office.Client, office.CallId, body);

        // The receipt lists them and each downloads as it was sent.
        var receipt = ReviewFlow.Parse(await office.Client.GetStringAsync(new Uri(accepted.StatusUrl.PathAndQuery.Replace("/api/", "/", StringComparison.Ordinal), UriKind.Relative)));
        var receiptLinks = AttachmentLinks(receipt);
        Assert.Equal(["Motivatiebrief gemeente.pdf", "Steunbrief wethouder.pdf", "kaartscript.pdf"], receiptLinks.Select(l => l.Text));
        Assert.Contains("(pdf, 10 MB)", receipt.Body!.TextContent, StringComparison.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            await AssertDownloadAsync(office, receiptLinks[i].Href, null, files[i], receiptLinks[i].Text);
        }

        // The review page, behind the coordinator's link.
        var review = (await ReviewFlow.WaitForReviewLinksAsync(office.Host, accepted.Id, ReviewCall.CoordinatorA, ReviewCall.CoordinatorB))[A];
        var (_, reviewHtml) = await ReviewFlow.GetPageAsync(office.Host, review.PathAndQuery);
        var reviewLinks = AttachmentLinks(ReviewFlow.Parse(reviewHtml));
        Assert.StartsWith($"/review/{accepted.Id}/attachments/2?token=", reviewLinks[1].Href, StringComparison.Ordinal);
        await AssertDownloadAsync(office, reviewLinks[1].Href, null, files[1], "Steunbrief wethouder.pdf");

        // The office's application page, behind the session.
        var cookie = await OfficeFlow.SignInAsync(office, A);
        var (_, officeHtml, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/applications/{accepted.Id}", cookie);
        var officeLinks = AttachmentLinks(ReviewFlow.Parse(officeHtml));
        await AssertDownloadAsync(office, officeLinks[2].Href, cookie, files[2], "kaartscript.pdf");

        // No door opens without its key.
        await AssertRefusedAsync(office, officeLinks[2].Href, null, HttpStatusCode.Redirect, HttpStatusCode.SeeOther, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        await AssertRefusedAsync(office, $"/applications/{accepted.Id}/attachments/1?token=wrong", null, HttpStatusCode.NotFound);
        await AssertRefusedAsync(office, $"/review/{accepted.Id}/attachments/1?token={Uri.EscapeDataString(accepted.Token)}", null, HttpStatusCode.Forbidden);
        await AssertRefusedAsync(office, receiptLinks[0].Href.Replace("/attachments/1", "/attachments/4", StringComparison.Ordinal), null, HttpStatusCode.NotFound);

        // The acknowledgement names them with their sizes.
        var acknowledgement = Assert.Single(await Outbox.WaitForAsync(office.Host.OutboxPath,
            m => (m.Subject ?? "").StartsWith("Ontvangstbevestiging", StringComparison.Ordinal) && (m.Subject ?? "").Contains(accepted.Id, StringComparison.Ordinal), 1, TimeSpan.FromSeconds(90)));
        Assert.Contains("Steunbrief wethouder.pdf: pdf, 10 MB", acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Contains("Motivatiebrief gemeente.pdf", acknowledgement.HtmlBody, StringComparison.Ordinal);

        // Kept under their kept names; nothing left under a staging name.
        var names = await BlobNamesAsync(office.CallId, accepted.Id);
        Assert.Equal([$"applications/{ApplicationEntity.PartitionFor(office.CallId)}/{accepted.Id}/1", $"applications/{ApplicationEntity.PartitionFor(office.CallId)}/{accepted.Id}/2", $"applications/{ApplicationEntity.PartitionFor(office.CallId)}/{accepted.Id}/3"], names.Order());
    }

    [SkippableTheory, OnBothHosts]
    public async Task Refused_files_leave_no_row_and_no_blob(HostKind kind)
    {
        var office = await hosts.On(kind);
        var good = TestPdf.Create();

        // An HTML page named .pdf, among good ones: a clear message naming it; nothing stored.
        var html = IntakeApi.ValidBody();
        html["attachments"] = new JsonArray(Attachment("motivatie.pdf", good), Attachment("steunbrief.pdf", TestPdf.HtmlNamedPdf()));
        using (var refused = await IntakeApi.SubmitAsync(office.Client, office.CallId, html))
        {
            var message = Assert.Single((await IntakeApi.ValidationErrorsAsync(refused))[AttachmentRules.Field]);
            Assert.StartsWith("\u201csteunbrief.pdf\u201d is geen pdf-bestand.", message, StringComparison.Ordinal);
        }

        // One byte over the size.
        var large = IntakeApi.ValidBody();
        large["attachments"] = new JsonArray(Attachment("groot.pdf", TestPdf.Create(AttachmentRules.MaxFileBytes + 1)));
        using (var refused = await IntakeApi.SubmitAsync(office.Client, office.CallId, large))
        {
            Assert.Contains("een bijlage mag hoogstens 10 MB zijn", Assert.Single((await IntakeApi.ValidationErrorsAsync(refused))[AttachmentRules.Field]), StringComparison.Ordinal);
        }

        // Refused after its files were staged: the wijk is taken (409); the staged files go at once.
        var first = IntakeApi.ValidBody();
        await IntakeApi.SubmitAcceptedAsync(office.Client, office.CallId, first);
        var again = JsonNode.Parse(first.ToJsonString())!.AsObject();
        again["attachments"] = new JsonArray(Attachment("motivatie.pdf", good));
        using (var duplicate = await IntakeApi.SubmitAsync(office.Client, office.CallId, again))
        {
            await IntakeApi.ProblemAsync(duplicate, HttpStatusCode.Conflict);
        }

        // The form, as a browser posts it (multipart, to its page), with a file that is not a PDF.
        var page = await Pages.GetAsync(office.Client, $"/calls/{office.CallId}");
        var wijk = IntakeApi.UniqueNeighbourhood("Bijlagewijk");
        Pages.FillValid(page, wijk);
        using (var form = await PostFormAsync(office.Client, page, ("foto.pdf", Encoding.UTF8.GetBytes("GIF89a nothing to see"))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
            var shown = await Pages.ParseAsync(form);
            Assert.StartsWith("\u201cfoto.pdf\u201d is geen pdf-bestand.", Pages.MessageBeside(shown, AttachmentRules.Field), StringComparison.Ordinal);
        }

        foreach (var refusedWijk in new[] { Neighbourhood(html), Neighbourhood(large), wijk })
        {
            Assert.Empty(await IntakeApi.ApplicationsForAsync(office.Host, office.CallId, refusedWijk));
        }

        var stored = (await IntakeApi.ApplicationsAsync(office.Host, office.CallId)).Select(a => a.GetProperty("id").GetString()!).ToHashSet();
        var blobs = await BlobNamesAsync(office.CallId, applicationId: null);
        Assert.DoesNotContain(blobs, n => n.StartsWith("staging/", StringComparison.Ordinal));
        Assert.All(blobs, n => Assert.Contains(n.Split('/')[2], stored));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_form_with_a_pdf_posted_as_a_browser_does_is_accepted_and_its_file_downloads(HostKind kind)
    {
        var office = await hosts.On(kind);
        var pdf = TestPdf.Create(2 * 1024 * 1024);
        var page = await Pages.GetAsync(office.Client, $"/calls/{office.CallId}");
        Assert.Equal("multipart/form-data", Pages.Form(page).Enctype);
        Pages.FillValid(page, IntakeApi.UniqueNeighbourhood("Formulierwijk"));

        using var response = await PostFormAsync(office.Client, page, ("Steunbrief.pdf", pdf));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var receipt = ReviewFlow.Parse(await office.Client.GetStringAsync(response.Headers.Location));
        var link = Assert.Single(AttachmentLinks(receipt));
        Assert.Equal("Steunbrief.pdf", link.Text);
        await AssertDownloadAsync(office, link.Href, null, pdf, "Steunbrief.pdf");
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_request_over_the_limit_is_refused_before_it_is_read(HostKind kind)
    {
        var office = await hosts.On(kind);
        using var content = new ByteArrayContent(new byte[AttachmentRules.MaxRequestBytes + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        // As a careful client sends a large body: the answer may come before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{office.CallId}/applications") { Content = content };
        request.Headers.ExpectContinue = true;
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(2) }) { BaseAddress = office.Host.BaseAddress };
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_request_over_the_limit_sent_whole_at_once_is_still_a_clear_413(HostKind kind)
    {
        // As a browser or a plain script sends it: no Expect: 100-continue, the whole body on its way before any answer.
        var office = await hosts.On(kind);
        using var content = new ByteArrayContent(new byte[AttachmentRules.MaxRequestBytes + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await office.Client.PostAsync($"/api/calls/{office.CallId}/applications", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    static JsonObject Attachment(string fileName, byte[] content) => new() { ["fileName"] = fileName, ["content"] = Convert.ToBase64String(content) };

    static string Neighbourhood(JsonObject body) => body["neighbourhood"]!.GetValue<string>();

    static List<(string Text, string Href)> AttachmentLinks(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll<IHtmlAnchorElement>("a").Where(a => a.GetAttribute("href")!.Contains("/attachments/", StringComparison.Ordinal))
            .Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList();

    static async Task AssertDownloadAsync(OfficeHost office, string href, string? cookie, byte[] expected, string fileName)
    {
        var (status, _, response) = await GetBytesAsync(office, href, cookie);
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal(ResponseHeaders.DownloadContentSecurityPolicy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }

    static async Task AssertRefusedAsync(OfficeHost office, string href, string? cookie, params HttpStatusCode[] allowed)
    {
        var (status, _, response) = await GetBytesAsync(office, href, cookie);
        using (response)
        {
            Assert.Contains(status, allowed);
            Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }
    }

    static async Task<(HttpStatusCode Status, string? Type, HttpResponseMessage Response)> GetBytesAsync(OfficeHost office, string href, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await office.Client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response);
    }

    /// <summary>Posts the form as a browser does with a file chosen: multipart, every field as filled in, to the form's own address.</summary>
    static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, AngleSharp.Dom.IDocument page, params (string Name, byte[] Content)[] files)
    {
        var form = Pages.Form(page);
        using var content = new MultipartFormDataContent();
        foreach (var element in form.Elements)
        {
            var (name, value) = element switch
            {
                IHtmlInputElement { Type: "file" } => (null, null),
                IHtmlInputElement { Type: "radio" or "checkbox", IsChecked: false } => (null, null),
                IHtmlInputElement input => (input.Name, input.Value),
                IHtmlTextAreaElement area => (area.Name, area.Value),
                IHtmlSelectElement select => (select.Name, select.Value),
                _ => (null, null),
            };
            if (!string.IsNullOrEmpty(name))
            {
                content.Add(new StringContent(value ?? ""), name);
            }
        }

        foreach (var (fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, AttachmentRules.Field, fileName);
        }

        return await client.PostAsync(new Uri(form.Action).PathAndQuery, content);
    }

    /// <summary>The blobs of the call (of one application, when given), by name.</summary>
    static async Task<List<string>> BlobNamesAsync(string callId, string? applicationId)
    {
        var partition = ApplicationEntity.PartitionFor(callId);
        var names = new List<string>();
        if (!await Container.ExistsAsync())
        {
            return names;
        }

        await foreach (var blob in Container.GetBlobsAsync())
        {
            var parts = blob.Name.Split('/');
            if (parts.Length == 4 && parts[1] == partition && (applicationId is null || parts[2] == applicationId))
            {
                names.Add(blob.Name);
            }
        }

        return names;
    }
}
