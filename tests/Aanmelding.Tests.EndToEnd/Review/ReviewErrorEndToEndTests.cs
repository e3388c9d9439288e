using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>
/// Every way a review link or decision can be wrong, on the page, the form and the JSON twin: a clear answer with
/// the right status, and nothing recorded.
/// </summary>
[Collection(ReviewHostGroup.Name)]
public sealed class ReviewErrorEndToEndTests(ReviewHostGroup hosts)
{
    const string A = ReviewCall.CoordinatorA;
    const string B = ReviewCall.CoordinatorB;
    const string UnknownId = "0000000000ZZ";

    [SkippableTheory, OnBothHosts]
    public async Task The_json_twin_records_a_decision_and_answers_every_error_as_a_problem(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, statusUrl, token, otherId, otherToken) = await TwoApplicationsWithLinksAsync(review);
        var receiptToken = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(statusUrl.Query)["token"].ToString();

        await ExpectProblemAsync(review.Host, id, new { token = token + "x", decision = "approved" }, HttpStatusCode.Forbidden, "forbidden");
        await ExpectProblemAsync(review.Host, id, new { token = "niet-een-token", decision = "approved" }, HttpStatusCode.Forbidden, "forbidden");
        await ExpectProblemAsync(review.Host, id, new { decision = "approved" }, HttpStatusCode.Forbidden, "forbidden");
        await ExpectProblemAsync(review.Host, id, new { token = otherToken, decision = "approved" }, HttpStatusCode.Forbidden, "forbidden");
        await ExpectProblemAsync(review.Host, id, new { token = receiptToken, decision = "approved" }, HttpStatusCode.Forbidden, "forbidden");
        await ExpectProblemAsync(review.Host, id, new { token = ReviewTokens.WithRecipient(token, B), decision = "approved" }, HttpStatusCode.Forbidden, "forbidden");
        await ExpectProblemAsync(review.Host, id, new { token = ReviewTokens.WithRecipient(token, "indringer@example.org"), decision = "approved" }, HttpStatusCode.Forbidden, "forbidden");
        // An application that does not exist is answered as a wrong link is: ids cannot be probed.
        await ExpectProblemAsync(review.Host, UnknownId, new { token, decision = "approved" }, HttpStatusCode.Forbidden, "forbidden");
        await ExpectProblemAsync(review.Host, "niet-bestaand", new { token, decision = "approved" }, HttpStatusCode.Forbidden, "forbidden");
        var gone = await ExpectProblemAsync(review.Host, id, new { token = ReviewTokens.Expired(review.Host, id, A), decision = "approved" }, HttpStatusCode.Gone, "link-expired");
        Assert.Contains("verlopen", gone.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var invalid = await ExpectProblemAsync(review.Host, id, new { token, decision = "misschien", score = 0, note = new string('x', 2001) }, HttpStatusCode.BadRequest, "validation");
        var errors = invalid.GetProperty("errors");
        Assert.Equal("Kies goedkeuren of afwijzen.", errors.GetProperty("decision")[0].GetString());
        Assert.Contains("1 tot en met 5", errors.GetProperty("score")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("2000", errors.GetProperty("note")[0].GetString(), StringComparison.Ordinal);
        var wrongType = await ExpectProblemAsync(review.Host, id, new { token, decision = "approved", score = "vier" }, HttpStatusCode.BadRequest, "validation");
        Assert.True(wrongType.GetProperty("errors").TryGetProperty("score", out _));
        Assert.Equal(HttpStatusCode.BadRequest, await PostRawAsync(review.Host, id, "{\"token\": ", "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, await PostRawAsync(review.Host, id, $"token={token}&decision=approved", "application/x-www-form-urlencoded"));
        Assert.Empty(await ReviewFlow.DecisionRowsAsync(id));

        var (status, _, body) = await ReviewFlow.PostJsonAsync(review.Host, id, new { token, decision = "approved", score = 5, note = "Overtuigend." });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal("approved", body.GetProperty("decision").GetString());
        Assert.Equal(5, body.GetProperty("score").GetInt32());
        Assert.Equal(A, body.GetProperty("decidedBy").GetString());
        var audit = Assert.Single(await ReviewFlow.DecisionRowsAsync(id));
        Assert.Equal(audit.RowKey, body.GetProperty("eventId").GetString());
        Assert.Equal("Overtuigend.", audit.GetString("Note"));
        Assert.Empty(await ReviewFlow.DecisionRowsAsync(otherId));
        Assert.Equal("approved", await ReviewFlow.WaitForCustomStatusAsync(review.TaskHub, id, "approved"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Wrong_tampered_expired_and_unknown_links_get_a_clear_page_and_decide_nothing(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, _, token, otherId, otherToken) = await TwoApplicationsWithLinksAsync(review);
        var tampered = ReviewTokens.WithRecipient(token, B);
        var expired = ReviewTokens.Expired(review.Host, id, A);

        await ExpectPageAsync(review.Host, $"/review/{id}?token={Uri.EscapeDataString(token[..^2])}", HttpStatusCode.Forbidden, "Geen toegang");
        await ExpectPageAsync(review.Host, $"/review/{id}", HttpStatusCode.Forbidden, "Geen toegang");
        await ExpectPageAsync(review.Host, $"/review/{id}?token={Uri.EscapeDataString(otherToken)}", HttpStatusCode.Forbidden, "Geen toegang");
        await ExpectPageAsync(review.Host, $"/review/{id}?token={Uri.EscapeDataString(tampered)}", HttpStatusCode.Forbidden, "Geen toegang");
        await ExpectPageAsync(review.Host, $"/review/{UnknownId}?token={Uri.EscapeDataString(token)}", HttpStatusCode.Forbidden, "Geen toegang");
        var expiredPage = await ExpectPageAsync(review.Host, $"/review/{id}?token={Uri.EscapeDataString(expired)}", HttpStatusCode.Gone, "Link verlopen");
        Assert.Contains("beoordelingstermijn is voorbij", expiredPage, StringComparison.Ordinal);

        await ExpectFormAsync(review.Host, id, token[..^2], HttpStatusCode.Forbidden, "Geen toegang");
        await ExpectFormAsync(review.Host, id, tampered, HttpStatusCode.Forbidden, "Geen toegang");
        await ExpectFormAsync(review.Host, id, otherToken, HttpStatusCode.Forbidden, "Geen toegang");
        await ExpectFormAsync(review.Host, UnknownId, token, HttpStatusCode.Forbidden, "Geen toegang");
        await ExpectFormAsync(review.Host, id, expired, HttpStatusCode.Gone, "Link verlopen");

        // Pressing no button (or a forged value) keeps the coordinator on the page, with what they typed.
        var (missingStatus, missingHtml) = await ReviewFlow.PostFormAsync(review.Host, id, token, decision: null, score: "4", note: "Nog twijfel over de planning.");
        Assert.Equal(HttpStatusCode.BadRequest, missingStatus);
        var again = ReviewFlow.Parse(missingHtml);
        Assert.Contains("Kies goedkeuren of afwijzen.", again.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nog twijfel over de planning.", again.QuerySelector("textarea[name=note]")?.TextContent);
        Assert.Equal("4", ((AngleSharp.Html.Dom.IHtmlSelectElement)again.QuerySelector("select[name=score]")!).Value);
        Assert.Single(again.Forms);
        var (forgedStatus, _) = await ReviewFlow.PostFormAsync(review.Host, id, token, decision: "selected", score: "9");
        Assert.Equal(HttpStatusCode.BadRequest, forgedStatus);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, await PostRawAsync(review.Host, id, JsonSerializer.Serialize(new { token, decision = "approved" }), "application/json", "/review/"));

        Assert.Empty(await ReviewFlow.DecisionRowsAsync(id));
        Assert.Empty(await ReviewFlow.DecisionRowsAsync(otherId));
        var row = await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id);
        Assert.Equal("submitted", row.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("decision").ValueKind);
    }

    async Task<JsonElement> ExpectProblemAsync(AppHost host, string id, object body, HttpStatusCode expected, string code)
    {
        var (status, contentType, problem) = await ReviewFlow.PostJsonAsync(host, id, body);
        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    async Task<string> ExpectPageAsync(AppHost host, string pathAndQuery, HttpStatusCode expected, string heading)
    {
        var (status, html) = await ReviewFlow.GetPageAsync(host, pathAndQuery);
        Assert.Equal(expected, status);
        var page = ReviewFlow.Parse(html);
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Empty(page.Forms);
        Assert.DoesNotContain(TestApplication.DefaultMotivation, html, StringComparison.Ordinal);
        return html;
    }

    async Task ExpectFormAsync(AppHost host, string id, string token, HttpStatusCode expected, string heading)
    {
        var (status, html) = await ReviewFlow.PostFormAsync(host, id, token, "approved", "5");
        Assert.Equal(expected, status);
        var page = ReviewFlow.Parse(html);
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Empty(page.Forms);
    }

    async Task<HttpStatusCode> PostRawAsync(AppHost host, string id, string body, string mediaType, string route = "/api/applications/")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var path = route == "/review/" ? $"/review/{id}" : $"/api/applications/{id}/review";
        using var response = await host.Client.PostAsync(path, content);
        return response.StatusCode;
    }

    /// <summary>Two applications in the call and coordinator A's review token for each: one to act on, one whose token must not work on it.</summary>
    static async Task<(string Id, Uri StatusUrl, string Token, string OtherId, string OtherToken)> TwoApplicationsWithLinksAsync(ReviewHost review)
    {
        var (id, statusUrl) = await ReviewFlow.SubmitAsync(review.Host, review.CallId);
        var (otherId, _) = await ReviewFlow.SubmitAsync(review.Host, review.CallId);
        var token = (await ReviewFlow.WaitForReviewLinksAsync(review.Host, id, A, B))[A].Token;
        var otherToken = (await ReviewFlow.WaitForReviewLinksAsync(review.Host, otherId, A, B))[A].Token;
        return (id, statusUrl, token, otherId, otherToken);
    }
}
