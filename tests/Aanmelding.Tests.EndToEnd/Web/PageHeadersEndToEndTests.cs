using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.Support;
using AngleSharp.Dom;

namespace Aanmelding.Tests.EndToEnd.Web;

/// <summary>
/// Pages that defend themselves (issue 14, point 10), on the real stack under both hosts: every page in every state a
/// person can reach carries the same policy (no script, styles only from us, forms only to us, never framed), is never
/// stored and never tells another site where it came from; answers with personal data or a token are never stored
/// either; and the stylesheets a page links are served with the right type and caching.
/// </summary>
[Collection(IntakeHosts.Collection)]
public sealed partial class PageHeadersEndToEndTests(IntakeHosts hosts)
{
    const string PagePolicy = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(120);

    [SkippableTheory, OnBothHosts]
    public async Task Every_page_in_every_state_carries_the_page_headers_and_nothing_inline(HostKind kind)
    {
        var fixture = await hosts.On(kind);
        var client = fixture.Client;
        var wijk = IntakeApi.UniqueNeighbourhood("Kopgroep");
        var submitted = await IntakeApi.SubmitAcceptedAsync(client, fixture.OpenCallId, IntakeApi.ValidBody(wijk));
        var receipt = $"/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}";
        var review = await ReviewLinkAsync(fixture, submitted.Id);
        var reviewToken = Uri.UnescapeDataString(review.Query.Split("token=")[1]);

        Task<HttpResponseMessage> PostForm(string path, params (string Name, string Value)[] fields) =>
            client.PostAsync(path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

        async Task<HttpResponseMessage> GetAsBrowser(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
            return await client.SendAsync(request);
        }

        var pages = new List<(string What, Func<Task<HttpResponseMessage>> Request, HttpStatusCode Status)>
        {
            ("the form", () => client.GetAsync($"/calls/{fixture.OpenCallId}"), HttpStatusCode.OK),
            ("the form with mistakes", () => PostForm($"/api/calls/{fixture.OpenCallId}/applications", ("organisation", "x")), HttpStatusCode.BadRequest),
            ("the closed form", () => client.GetAsync($"/calls/{fixture.ClosedCallId}"), HttpStatusCode.OK),
            ("a form posted after the deadline", () => PostForm($"/api/calls/{fixture.ClosedCallId}/applications", ("organisation", "x")), HttpStatusCode.Conflict),
            ("an unknown call", () => client.GetAsync("/calls/bestaat-niet"), HttpStatusCode.NotFound),
            ("the receipt", () => client.GetAsync(receipt), HttpStatusCode.OK),
            ("a receipt with a wrong token", () => client.GetAsync($"/applications/{submitted.Id}?token=onzin"), HttpStatusCode.NotFound),
            ("the review page", () => client.GetAsync(review.PathAndQuery), HttpStatusCode.OK),
            ("a review link with a wrong token", () => client.GetAsync($"/review/{submitted.Id}?token=onzin"), HttpStatusCode.Forbidden),
            ("the review page with mistakes", () => PostForm($"/review/{submitted.Id}", ("token", reviewToken), ("decision", "misschien")), HttpStatusCode.BadRequest),
            ("the review confirmation", () => PostForm($"/review/{submitted.Id}", ("token", reviewToken), ("decision", "approved"), ("score", "4")), HttpStatusCode.OK),
            ("withdrawing without the confirmation's token", () => PostForm($"/api/applications/{submitted.Id}/withdraw?token=onzin", ("confirm", "true")), HttpStatusCode.NotFound),
            ("a mistyped address", () => GetAsBrowser("/aanmelden"), HttpStatusCode.NotFound),
            ("a form posted to an address that takes none", () => PostForm("/applications/0000000000ZZ", ("organisation", "x")), HttpStatusCode.MethodNotAllowed),
        };
        if (kind == HostKind.LocalHost)
        {
            // The outbox browser is LocalHost's alone (mail goes to SendGrid in Azure).
            var outboxFile = Path.GetFileName(Directory.GetFiles(fixture.Host.OutboxPath, "*.eml").First());
            pages.Add(("the outbox", () => client.GetAsync("/dev/outbox"), HttpStatusCode.OK));
            pages.Add(("a message in the outbox", () => client.GetAsync($"/dev/outbox/{Uri.EscapeDataString(outboxFile)}"), HttpStatusCode.OK));
        }

        foreach (var (what, request, status) in pages)
        {
            using var response = await request();
            await AssertPageAsync(what, response, status);
        }

        // Withdrawn: the receipt in its last state.
        using (var withdrawn = await PostForm($"/api/applications/{submitted.Id}/withdraw?token={Uri.EscapeDataString(submitted.Token)}", ("confirm", "true")))
        {
            Assert.Equal(HttpStatusCode.SeeOther, withdrawn.StatusCode);
        }

        using (var withdrawnReceipt = await client.GetAsync(receipt))
        {
            var page = await AssertPageAsync("the withdrawn receipt", withdrawnReceipt, HttpStatusCode.OK);
            Assert.Contains("Ingetrokken", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        }
    }

    [SkippableTheory, OnBothHosts]
    public async Task Answers_with_personal_data_or_a_token_are_never_stored(HostKind kind)
    {
        var fixture = await hosts.On(kind);
        var client = fixture.Client;
        using var accepted = await IntakeApi.SubmitAsync(client, fixture.OpenCallId, IntakeApi.ValidBody());
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        AssertPrivate("202 with the status URL and its token", accepted);
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        var statusUrl = new Uri(body.GetProperty("statusUrl").GetString()!);
        var token = Uri.UnescapeDataString(statusUrl.Query.Split("token=")[1]);

        using (var status = await client.GetAsync(statusUrl.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, status.StatusCode);
            AssertPrivate("the receipt JSON", status);
        }

        var review = await ReviewLinkAsync(fixture, id);
        using (var decided = await client.PostAsJsonAsync($"/api/applications/{id}/review", new { token = Uri.UnescapeDataString(review.Query.Split("token=")[1]), decision = "approved" }))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
            AssertPrivate("the recorded decision", decided);
        }

        using (var list = new HttpRequestMessage(HttpMethod.Get, $"/api/calls/{fixture.OpenCallId}/applications"))
        {
            list.Headers.Add("x-functions-key", fixture.Host.AdminKey);
            using var listed = await client.SendAsync(list);
            Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
            AssertPrivate("the admin list", listed);
        }

        using var withdrawn = await IntakeApi.WithdrawAsync(client, id, token);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        AssertPrivate("the withdrawal's JSON", withdrawn);
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_stylesheets_a_page_links_are_css_kept_a_year_under_their_fingerprint_and_revalidated_under_their_name(HostKind kind)
    {
        var fixture = await hosts.On(kind);
        var client = fixture.Client;
        var page = await Pages.GetAsync(client, $"/calls/{fixture.OpenCallId}");
        var links = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);

        foreach (var href in links)
        {
            Assert.Matches(FingerprintedCss(), href);
            using var css = await client.GetAsync(href);
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
            Assert.Equal("nosniff", Header(css, "X-Content-Type-Options"));
            Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl?.ToString());
            var etag = css.Headers.ETag!;
            Assert.Contains(".utrecht-", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var plainName = FingerprintedCss().Replace(href, "/assets/${stem}.css");
            using var plain = await client.GetAsync(plainName);
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
            Assert.Equal("no-cache", plain.Headers.CacheControl?.ToString());
            Assert.Equal(etag, plain.Headers.ETag);

            using var conditional = new HttpRequestMessage(HttpMethod.Get, plainName);
            conditional.Headers.IfNoneMatch.Add(etag);
            using var notModified = await client.SendAsync(conditional);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }

        using var licence = await client.GetAsync("/assets/LICENSE-EUPL-1.2.md");
        Assert.Equal("text/plain; charset=utf-8", licence.Content.Headers.ContentType?.ToString());
        Assert.Contains("EUROPEAN UNION PUBLIC LICENCE", await licence.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var missing in new[] { "/assets/nope.css", "/assets/..%2Fappsettings.json", "/assets/aanmelding.css.map" })
        {
            using var notFound = await client.GetAsync(missing);
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            Assert.Equal("application/problem+json", notFound.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>The page headers, exactly; no script, style element or style attribute (the policy would block them); stylesheets only from us.</summary>
    static async Task<IDocument> AssertPageAsync(string what, HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode}, expected {(int)status}.");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "text/html", $"{what}: {response.Content.Headers.ContentType}");
        Assert.True(PagePolicy == Header(response, "Content-Security-Policy"), $"{what}: CSP {Header(response, "Content-Security-Policy")}");
        Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options");
        Assert.True(Header(response, "Referrer-Policy") == "no-referrer", $"{what}: Referrer-Policy");
        Assert.True(response.Headers.CacheControl?.ToString() == "no-store", $"{what}: Cache-Control {response.Headers.CacheControl}");

        var page = await Pages.ParseAsync(response);
        Assert.True(page.QuerySelectorAll("script, style, [style]").Length == 0, $"{what}: inline script or style");
        Assert.True(page.All.All(e => !e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))), $"{what}: an event handler attribute");
        Assert.All(page.QuerySelectorAll("link[rel=stylesheet]"), l => Assert.StartsWith("/assets/", l.GetAttribute("href"), StringComparison.Ordinal));
        Assert.True(page.QuerySelectorAll("a[href^='mailto:']").Length > 0, $"{what}: no contact address");
        return page;
    }

    static void AssertPrivate(string what, HttpResponseMessage response)
    {
        Assert.True(response.Headers.CacheControl?.ToString() == "no-store", $"{what}: Cache-Control {response.Headers.CacheControl}");
        Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options");
        Assert.True(Header(response, "Referrer-Policy") == "no-referrer", $"{what}: Referrer-Policy");
    }

    static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    static async Task<Uri> ReviewLinkAsync(IntakeHost fixture, string applicationId)
    {
        var mail = (await Outbox.WaitForAsync(
            fixture.Host.OutboxPath,
            m => Outbox.To(m) == IntakeHost.FirstCoordinator && Outbox.Links(m).Any(l => l.Contains($"/review/{applicationId}?token=", StringComparison.Ordinal)),
            timeout: MailTimeout))[0];
        return new Uri(Outbox.Links(mail).First(l => l.Contains($"/review/{applicationId}?token=", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^/assets/(?<stem>[a-z-]+)\.[0-9a-f]{12}\.css$")]
    private static partial Regex FingerprintedCss();
}
