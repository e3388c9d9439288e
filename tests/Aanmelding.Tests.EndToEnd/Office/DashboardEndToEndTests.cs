using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Office;

/// <summary>
/// The overview per call, through HTTP on the real stack: every reviewer's decision side by side, disagreement
/// flagged, filters, one application with every review, note and the whole trail, and the CSV export.
/// </summary>
[Collection(OfficeHostGroup.Name)]
public sealed class DashboardEndToEndTests(OfficeHostGroup hosts)
{
    const string A = ReviewCall.CoordinatorA;
    const string B = ReviewCall.CoordinatorB;

    [SkippableTheory, OnBothHosts]
    public async Task The_overview_shows_each_reviewers_decision_flags_disagreement_and_filters_by_municipality(HostKind kind)
    {
        var office = await hosts.On(kind);
        var (disputed, _) = await ReviewFlow.SubmitAsync(office.Host, office.CallId, "Zaanstad");
        var (agreed, _) = await ReviewFlow.SubmitAsync(office.Host, office.CallId, "Groningen");
        var (untouched, _) = await ReviewFlow.SubmitAsync(office.Host, office.CallId, "Groningen");
        var disputedLinks = await ReviewFlow.WaitForReviewLinksAsync(office.Host, disputed, A, B);
        var agreedLinks = await ReviewFlow.WaitForReviewLinksAsync(office.Host, agreed, A, B);
        await ReviewFlow.WaitForReviewLinksAsync(office.Host, untouched, A, B);

        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostJsonAsync(office.Host, disputed, new { token = disputedLinks[A].Token, decision = "approved", score = 4, note = "Sterk plan met de corporatie." })).Status);
        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostJsonAsync(office.Host, disputed, new { token = disputedLinks[B].Token, decision = "rejected", score = 2, note = "Te weinig draagvlak in de wijk." })).Status);
        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostJsonAsync(office.Host, agreed, new { token = agreedLinks[A].Token, decision = "approved", score = 5 })).Status);
        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostJsonAsync(office.Host, agreed, new { token = agreedLinks[B].Token, decision = "approved", score = 4 })).Status);

        var cookie = await OfficeFlow.SignInAsync(office, A);
        var (status, html, _) = await OfficeFlow.GetAsync(office, office.Office, cookie);
        Assert.Equal(HttpStatusCode.OK, status);
        var rows = Rows(html);

        var disputedRow = rows[disputed];
        Assert.Contains("Zaanstad", disputedRow, StringComparison.Ordinal);
        Assert.Contains($"{A}: Goedgekeurd (4)", disputedRow, StringComparison.Ordinal);
        Assert.Contains($"{B}: Afgewezen (2)", disputedRow, StringComparison.Ordinal);
        Assert.Contains("beoordelaars oneens", disputedRow, StringComparison.Ordinal);
        Assert.DoesNotContain("beoordelaars oneens", rows[agreed], StringComparison.Ordinal);
        Assert.Contains("nog niet beoordeeld", rows[untouched], StringComparison.Ordinal);

        var (_, filtered, _) = await OfficeFlow.GetAsync(office, $"{office.Office}?gemeente=Groningen", cookie);
        var inGroningen = Rows(filtered).Keys;
        Assert.Contains(agreed, inGroningen);
        Assert.Contains(untouched, inGroningen);
        Assert.DoesNotContain(disputed, inGroningen);
        Assert.All(Rows(filtered).Values, row => Assert.Contains("Groningen", row, StringComparison.Ordinal));

        var (_, approvedOnly, _) = await OfficeFlow.GetAsync(office, $"{office.Office}?status=approved", cookie);
        Assert.Contains(agreed, Rows(approvedOnly).Keys);
        Assert.DoesNotContain(untouched, Rows(approvedOnly).Keys);
    }

    [SkippableTheory, OnBothHosts]
    public async Task One_application_shows_every_review_with_its_note_and_the_whole_trail_including_revisions(HostKind kind)
    {
        var office = await hosts.On(kind);
        var (id, _) = await ReviewFlow.SubmitAsync(office.Host, office.CallId, "Zaanstad");
        var links = await ReviewFlow.WaitForReviewLinksAsync(office.Host, id, A, B);
        await ReviewFlow.PostJsonAsync(office.Host, id, new { token = links[A].Token, decision = "rejected", score = 2, note = "Eerste indruk: te vaag." });
        await ReviewFlow.PostJsonAsync(office.Host, id, new { token = links[B].Token, decision = "approved", score = 4, note = "Goede partners." });
        await ReviewFlow.PostJsonAsync(office.Host, id, new { token = links[A].Token, decision = "approved", score = 3, note = "Na het gesprek: toch goed." });

        var cookie = await OfficeFlow.SignInAsync(office, B);
        var (status, html, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/applications/{id}", cookie);
        Assert.Equal(HttpStatusCode.OK, status);
        var text = OfficeFlow.MainText(html);

        // The reviews: each reviewer's latest, with the note; nothing overwritten by the other.
        Assert.Contains($"{A}: Goedgekeurd, score 3", text, StringComparison.Ordinal);
        Assert.Contains("Toelichting: Na het gesprek: toch goed.", text, StringComparison.Ordinal);
        Assert.Contains($"{B}: Goedgekeurd, score 4", text, StringComparison.Ordinal);
        Assert.Contains("Toelichting: Goede partners.", text, StringComparison.Ordinal);

        // The trail keeps the first decision that was revised.
        Assert.Contains("ontvangen", text, StringComparison.Ordinal);
        Assert.Contains($"{A}: Afgewezen, score 2", text, StringComparison.Ordinal);
        Assert.Contains("Toelichting: Eerste indruk: te vaag.", text, StringComparison.Ordinal);
        Assert.Contains("projectleider@example.org", text, StringComparison.Ordinal);

        var (missing, _, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/applications/0000000000ZZ", cookie);
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_export_has_all_answers_and_contact_details_and_no_cell_a_spreadsheet_runs(HostKind kind)
    {
        var office = await hosts.On(kind);
        var neighbourhood = "Wijk " + Guid.NewGuid().ToString("N")[..6];
        var application = TestApplication.Of("Zaanstad", neighbourhood, "=HYPERLINK(\"https://example.org\")") with { ContactPhone = "+31 6 1234 5678" };
        using var submitted = await office.Host.Client.PostAsJsonAsync($"/api/calls/{office.CallId}/applications", application.Json());
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var (refused, _, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/export", null);
        Assert.Equal(HttpStatusCode.SeeOther, refused);

        var cookie = await OfficeFlow.SignInAsync(office, A);
        var (status, _, response) = await OfficeFlow.GetAsync(office, $"{office.Office}/export", cookie);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "The export holds personal data: it must not be cached.");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var lines = csv.TrimStart('\uFEFF').Split("\r\n");
        Assert.StartsWith("Kenmerk;Ontvangen op;Status;Soort organisatie;Organisatie;Gemeente;Wijk", lines[0], StringComparison.Ordinal);
        var line = Assert.Single(lines, l => l.StartsWith(id + ";", StringComparison.Ordinal));
        Assert.Contains(";\"'=HYPERLINK(\"\"https://example.org\"\")\";", line, StringComparison.Ordinal);
        Assert.Contains($";{neighbourhood};", line, StringComparison.Ordinal);
        Assert.Contains(";\"'+31 6 1234 5678\";", line, StringComparison.Ordinal);
        Assert.Contains(";projectleider@example.org;", line, StringComparison.Ordinal);
        Assert.Contains("Anne de Vries", line, StringComparison.Ordinal);
    }

    /// <summary>The overview's rows by application id (from the link in the first cell), each as its text.</summary>
    static Dictionary<string, string> Rows(string html) =>
        OfficeFlow.Parse(html).QuerySelectorAll("tbody tr").ToDictionary(
            row => row.QuerySelector("a")!.GetAttribute("href")!.Split('/')[^1],
            row => string.Join(" | ", row.QuerySelectorAll("td").Select(td => td.InnerHtml.Replace("<br>", " / ", StringComparison.Ordinal)).Select(h => OfficeFlow.Parse(h).Body!.TextContent)));
}
