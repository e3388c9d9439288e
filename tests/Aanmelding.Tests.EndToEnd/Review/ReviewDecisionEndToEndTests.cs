using System.Net;
using System.Text.Json;
using Aanmelding.Core.Storage;
using Aanmelding.Tests.Support;
using AngleSharp.Html.Dom;
using Azure.Data.Tables;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>
/// From the coordinator's e-mail in the outbox to the admin list: personal links, a page that decides nothing,
/// a plain form that does, the audit trail, the workflow's current decision and revision.
/// </summary>
[Collection(ReviewHostGroup.Name)]
public sealed class ReviewDecisionEndToEndTests(ReviewHostGroup hosts)
{
    const string A = ReviewCall.CoordinatorA;
    const string B = ReviewCall.CoordinatorB;

    [SkippableTheory, OnBothHosts]
    public async Task Each_coordinator_gets_a_personal_link_that_names_them_as_the_decider(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, _) = await ReviewFlow.SubmitAsync(review.Host, review.CallId);

        var links = await ReviewFlow.WaitForReviewLinksAsync(review.Host, id, A, B);

        Assert.NotEqual(links[A].Token, links[B].Token);
        foreach (var link in links.Values)
        {
            Assert.Equal(review.Host.BaseAddress.GetLeftPart(UriPartial.Authority), link.Url.GetLeftPart(UriPartial.Authority));
            Assert.Equal(id, link.ApplicationId);
        }

        var (statusA, pageA) = await ReviewFlow.GetPageAsync(review.Host, links[A].PathAndQuery);
        var (statusB, pageB) = await ReviewFlow.GetPageAsync(review.Host, links[B].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, statusA);
        Assert.Equal(HttpStatusCode.OK, statusB);
        Assert.Contains($"U beoordeelt als {A}", ReviewFlow.Parse(pageA).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"U beoordeelt als {B}", ReviewFlow.Parse(pageB).Body!.TextContent, StringComparison.Ordinal);

        var byA = await ReviewFlow.PostJsonAsync(review.Host, id, new { token = links[A].Token, decision = "approved", score = 3 });
        Assert.Equal(HttpStatusCode.OK, byA.Status);
        Assert.Equal(A, byA.Body.GetProperty("decidedBy").GetString());
        Assert.Equal(A, (await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id)).GetProperty("decidedBy").GetString());

        var byB = await ReviewFlow.PostJsonAsync(review.Host, id, new { token = links[B].Token, decision = "approved", score = 5 });
        Assert.Equal(HttpStatusCode.OK, byB.Status);
        Assert.Equal(B, byB.Body.GetProperty("decidedBy").GetString());

        // B's review is added beside A's, not over it: the application takes their combined standing (both approve, mean score 4).
        var row = await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id);
        Assert.Equal(B, row.GetProperty("decidedBy").GetString());
        Assert.Equal("approved", row.GetProperty("decision").GetString());
        Assert.Equal(4, row.GetProperty("score").GetInt32());
        Assert.Equal([A, B], (await ReviewFlow.DecisionRowsAsync(id)).Select(r => r.GetString("Coordinator")));
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_review_page_shows_the_whole_application_and_a_plain_post_form_without_script(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, _) = await ReviewFlow.SubmitAsync(review.Host, review.CallId, municipality: "Zaanstad");
        var link = (await ReviewFlow.WaitForReviewLinksAsync(review.Host, id, A, B))[A];

        using var response = await review.Host.Client.GetAsync(link.PathAndQuery);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "The review page must not be cached: it carries a personal token.");
        var page = ReviewFlow.Parse(html);

        // Nothing on the page can act by itself: no script, no event handlers, no javascript: links, no refresh.
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var attributes = page.All.SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.QuerySelectorAll("meta[http-equiv]"));

        var form = Assert.IsAssignableFrom<IHtmlFormElement>(Assert.Single(page.Forms));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal($"/review/{id}", form.GetAttribute("action"));
        var token = Assert.IsAssignableFrom<IHtmlInputElement>(form.QuerySelector("input[type=hidden][name=token]"));
        Assert.Equal(link.Token, token.Value);
        var buttons = form.QuerySelectorAll("button").Cast<IHtmlButtonElement>().ToList();
        Assert.Equal(["approved", "rejected"], buttons.Select(b => b.Value));
        Assert.All(buttons, b => Assert.Equal("decision", b.Name));
        Assert.All(buttons, b => Assert.Equal("submit", b.Type));
        Assert.Equal(["Goedkeuren", "Afwijzen"], buttons.Select(b => b.TextContent.Trim()));
        var score = Assert.IsAssignableFrom<IHtmlSelectElement>(form.QuerySelector("select[name=score]"));
        Assert.Equal(["", "1", "2", "3", "4", "5"], score.Options.Select(o => o.Value));
        Assert.NotNull(form.QuerySelector("textarea[name=note]"));
        Assert.All(form.QuerySelectorAll("select, textarea"), field => Assert.NotNull(page.QuerySelector($"label[for={field.Id}]")));

        // The whole application, contact details included: the coordinator decides on this page alone.
        var text = page.Body!.TextContent;
        var sample = TestApplication.Of().Json();
        Assert.Contains(id, text, StringComparison.Ordinal);
        Assert.Contains("Zaanstad", text, StringComparison.Ordinal);
        Assert.Contains(TestApplication.DefaultMotivation, text, StringComparison.Ordinal);
        Assert.Contains((string)sample["partners"]!, text, StringComparison.Ordinal);
        Assert.Contains("Anne de Vries", text, StringComparison.Ordinal);
        Assert.Contains("projectleider@example.org", text, StringComparison.Ordinal);
        Assert.Contains("030 123 4567", text, StringComparison.Ordinal);
        Assert.Contains("4.200", text, StringComparison.Ordinal);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Opening_the_review_link_three_times_changes_nothing(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, _) = await ReviewFlow.SubmitAsync(review.Host, review.CallId);
        var links = await ReviewFlow.WaitForReviewLinksAsync(review.Host, id, A, B);
        var link = links[A];
        Assert.Equal("submitted", await ReviewFlow.WaitForCustomStatusAsync(review.TaskHub, id, "submitted"));
        var before = await SnapshotAsync(review, id);

        for (var i = 0; i < 3; i++)
        {
            var (status, html) = await ReviewFlow.GetPageAsync(review.Host, link.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Single(ReviewFlow.Parse(html).Forms);
        }

        // The table writes a decision makes happen inside the request, so they would show at once.
        var after = await SnapshotAsync(review, id);
        Assert.Equal(before.AdminRow, after.AdminRow);
        Assert.Equal(before.ApplicationETag, after.ApplicationETag);
        Assert.Empty(await ReviewFlow.DecisionRowsAsync(id));
        var row = await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id);
        Assert.Equal("submitted", row.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("decision").ValueKind);

        // An event the page raised would sit in the workflow's queue before a later one: decide once by B, and once the
        // workflow holds B's decision, B's is the only decision it ever received.
        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostFormAsync(review.Host, id, links[B].Token, "rejected", "2")).Status);
        Assert.Equal("rejected", await ReviewFlow.WaitForCustomStatusAsync(review.TaskHub, id, "rejected"));
        Assert.Equal(1, await ReviewFlow.DecisionEventsAsync(review.TaskHub, id));
        Assert.Equal([B], (await ReviewFlow.DecisionRowsAsync(id)).Select(r => r.GetString("Coordinator")));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Approving_with_a_score_and_a_note_confirms_audits_and_shows_in_the_admin_list(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, _) = await ReviewFlow.SubmitAsync(review.Host, review.CallId);
        var link = (await ReviewFlow.WaitForReviewLinksAsync(review.Host, id, A, B))[A];
        const string note = "Sterke samenwerking met de corporatie.\r\nBewoners zijn vanaf het begin betrokken.";
        var startedAt = DateTimeOffset.UtcNow;

        var (status, html) = await ReviewFlow.PostFormAsync(review.Host, id, link.Token, "approved", "4", note);

        var finishedAt = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.OK, status);
        var confirmation = ReviewFlow.Parse(html);
        Assert.Equal("Uw besluit is vastgelegd", confirmation.QuerySelector("h1")?.TextContent);
        var message = confirmation.QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("Goedgekeurd", message, StringComparison.Ordinal);
        Assert.Contains("score 4", message, StringComparison.Ordinal);
        Assert.Contains(id, message, StringComparison.Ordinal);
        Assert.Empty(confirmation.QuerySelectorAll("script, form"));
        Assert.Contains(confirmation.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == link.PathAndQuery);

        var audit = Assert.Single(await ReviewFlow.DecisionRowsAsync(id));
        Assert.Equal(A, audit.GetString("Coordinator"));
        Assert.Equal("approved", audit.GetString("Decision"));
        Assert.Equal(4, audit.GetInt32("Score"));
        Assert.Equal(note.ReplaceLineEndings("\n"), audit.GetString("Note"));
        Assert.Equal(review.CallId, audit.GetString("CallId"));
        var decidedAt = audit.GetDateTimeOffset("DecidedAt")!.Value;
        Assert.InRange(decidedAt, startedAt.AddSeconds(-1), finishedAt.AddSeconds(1));

        var row = await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id);
        Assert.Equal("approved", row.GetProperty("status").GetString());
        Assert.Equal("approved", row.GetProperty("decision").GetString());
        Assert.Equal(4, row.GetProperty("score").GetInt32());
        Assert.Equal(A, row.GetProperty("decidedBy").GetString());
        Assert.Equal(decidedAt, row.GetProperty("decidedAt").GetDateTimeOffset());

        Assert.Equal("approved", await ReviewFlow.WaitForCustomStatusAsync(review.TaskHub, id, "approved"));

        // Coming back to the page shows the current decision, with the score chosen, ready to be revised.
        var (againStatus, againHtml) = await ReviewFlow.GetPageAsync(review.Host, link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, againStatus);
        var again = ReviewFlow.Parse(againHtml);
        Assert.Contains("Huidig besluit: Goedgekeurd, score 4, op grond van 1 beoordeling.", again.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{A}: Goedgekeurd, score 4", again.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("4", ((AngleSharp.Html.Dom.IHtmlSelectElement)again.QuerySelector("select[name=score]")!).Value);
        Assert.Single(again.Forms);
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_revised_decision_counts_and_both_stay_in_the_audit_trail(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, _) = await ReviewFlow.SubmitAsync(review.Host, review.CallId);
        var link = (await ReviewFlow.WaitForReviewLinksAsync(review.Host, id, A, B))[A];
        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostFormAsync(review.Host, id, link.Token, "approved", "4", "Eerste indruk goed.")).Status);
        Assert.Equal("approved", await ReviewFlow.WaitForCustomStatusAsync(review.TaskHub, id, "approved"));

        var (status, html) = await ReviewFlow.PostFormAsync(review.Host, id, link.Token, "rejected", "2", "Na overleg: te weinig draagvlak.");

        Assert.Equal(HttpStatusCode.OK, status);
        var message = ReviewFlow.Parse(html).QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("Afgewezen", message, StringComparison.Ordinal);
        Assert.Contains("score 2", message, StringComparison.Ordinal);

        var audit = await ReviewFlow.DecisionRowsAsync(id);
        Assert.Equal(2, audit.Count);
        Assert.Equal(["approved", "rejected"], audit.Select(r => r.GetString("Decision")));
        Assert.Equal([4, 2], audit.Select(r => r.GetInt32("Score")));
        Assert.Equal(["Eerste indruk goed.", "Na overleg: te weinig draagvlak."], audit.Select(r => r.GetString("Note")));
        Assert.All(audit, r => Assert.Equal(A, r.GetString("Coordinator")));
        Assert.True(audit[0].GetDateTimeOffset("DecidedAt") <= audit[1].GetDateTimeOffset("DecidedAt"));

        var row = await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id);
        Assert.Equal("rejected", row.GetProperty("status").GetString());
        Assert.Equal("rejected", row.GetProperty("decision").GetString());
        Assert.Equal(2, row.GetProperty("score").GetInt32());
        Assert.Equal(A, row.GetProperty("decidedBy").GetString());
        Assert.Equal("rejected", await ReviewFlow.WaitForCustomStatusAsync(review.TaskHub, id, "rejected"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_admin_list_needs_the_admin_key(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, _) = await ReviewFlow.SubmitAsync(review.Host, review.CallId);
        var path = $"/api/calls/{review.CallId}/applications";

        using (var anonymous = await review.Host.Client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

            // LocalHost says why in a problem; the Functions host checks function keys itself, before the app runs,
            // and answers with an empty 401.
            Assert.Equal(kind == HostKind.LocalHost ? "application/problem+json" : null, anonymous.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(id, await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var wrong = new HttpRequestMessage(HttpMethod.Get, path))
        {
            wrong.Headers.Add("x-functions-key", review.Host.AdminKey + "x");
            using var response = await review.Host.Client.SendAsync(wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain(id, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var wrongCode = await review.Host.Client.GetAsync(path + "?code=not-the-key"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        }

        var list = await ReviewFlow.AdminListAsync(review.Host, review.CallId);
        Assert.Equal(review.CallId, list.GetProperty("callId").GetString());
        var row = Assert.Single(list.GetProperty("applications").EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        Assert.Equal("submitted", row.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("decision").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("score").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("decidedBy").ValueKind);
    }

    static async Task<Snapshot> SnapshotAsync(ReviewHost review, string id)
    {
        var adminRow = (await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id)).GetRawText();
        var application = (await new TableClient(TestStorage.ConnectionString, "Applications").GetEntityAsync<TableEntity>(ApplicationEntity.PartitionFor(review.CallId), id)).Value;
        return new Snapshot(adminRow, application.ETag.ToString());
    }

    sealed record Snapshot(string AdminRow, string ApplicationETag);
}
