using System.Net;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>
/// Two beoordelaars on one application: each review kept apart with its note, each visible to the other on the review
/// page, each revisable only by its author, and the application standing on the combined reviews (README: combine rule).
/// </summary>
[Collection(ReviewHostGroup.Name)]
public sealed class SeveralReviewersEndToEndTests(ReviewHostGroup hosts)
{
    const string A = ReviewCall.CoordinatorA;
    const string B = ReviewCall.CoordinatorB;

    [SkippableTheory, OnBothHosts]
    public async Task A_second_review_stands_beside_the_first_each_sees_the_other_and_the_standing_combines_them(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, _) = await ReviewFlow.SubmitAsync(review.Host, review.CallId);
        var links = await ReviewFlow.WaitForReviewLinksAsync(review.Host, id, A, B);

        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostFormAsync(review.Host, id, links[A].Token, "approved", "5", "Sterk plan met de corporatie.")).Status);
        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostFormAsync(review.Host, id, links[B].Token, "rejected", "2", "Te weinig draagvlak.")).Status);

        // B's page shows A's review and note beside B's own, and B's form holds B's own score and note.
        var (_, html) = await ReviewFlow.GetPageAsync(review.Host, links[B].PathAndQuery);
        var page = ReviewFlow.Parse(html);
        var text = page.Body!.TextContent;
        Assert.Contains($"{A}: Goedgekeurd, score 5", text, StringComparison.Ordinal);
        Assert.Contains("Toelichting: Sterk plan met de corporatie.", text, StringComparison.Ordinal);
        Assert.Contains($"{B}: Afgewezen, score 2", text, StringComparison.Ordinal);
        Assert.Contains("De beoordelaars zijn het oneens.", text, StringComparison.Ordinal);
        Assert.Equal("2", ((AngleSharp.Html.Dom.IHtmlSelectElement)page.QuerySelector("select[name=score]")!).Value);
        Assert.Equal("Te weinig draagvlak.", page.QuerySelector("textarea[name=note]")!.TextContent);

        // One approval of two is no majority: rejected, mean score (5 + 2) / 2 rounded up to 4.
        var row = await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id);
        Assert.Equal("rejected", row.GetProperty("decision").GetString());
        Assert.Equal(4, row.GetProperty("score").GetInt32());

        // B revises B's own review; A's stays as it was.
        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostFormAsync(review.Host, id, links[B].Token, "approved", "3", "Na het gesprek: toch goed.")).Status);
        (_, html) = await ReviewFlow.GetPageAsync(review.Host, links[A].PathAndQuery);
        text = ReviewFlow.Parse(html).Body!.TextContent;
        Assert.Contains($"{A}: Goedgekeurd, score 5", text, StringComparison.Ordinal);
        Assert.Contains("Toelichting: Sterk plan met de corporatie.", text, StringComparison.Ordinal);
        Assert.Contains($"{B}: Goedgekeurd, score 3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Te weinig draagvlak.", text, StringComparison.Ordinal);

        row = await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id);
        Assert.Equal("approved", row.GetProperty("decision").GetString());
        Assert.Equal(4, row.GetProperty("score").GetInt32());
        Assert.Equal(3, (await ReviewFlow.DecisionRowsAsync(id)).Count);
    }
}
