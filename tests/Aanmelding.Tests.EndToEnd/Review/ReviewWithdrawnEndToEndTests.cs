using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>A withdrawn application: its coordinators are told, its review link shows why there is nothing to decide.</summary>
[Collection(ReviewHostGroup.Name)]
public sealed class ReviewWithdrawnEndToEndTests(ReviewHostGroup hosts)
{
    const string A = ReviewCall.CoordinatorA;
    const string B = ReviewCall.CoordinatorB;

    [SkippableTheory, OnBothHosts]
    public async Task A_withdrawn_application_tells_its_coordinators_and_offers_no_review(HostKind kind)
    {
        var review = await hosts.On(kind);
        var (id, statusUrl) = await ReviewFlow.SubmitAsync(review.Host, review.CallId);
        var links = await ReviewFlow.WaitForReviewLinksAsync(review.Host, id, A, B);
        Assert.Equal("submitted", await ReviewFlow.WaitForCustomStatusAsync(review.TaskHub, id, "submitted"));

        using (var withdraw = await review.Host.Client.PostAsJsonAsync($"/api/applications/{id}/withdraw{statusUrl.Query}", new { confirm = true }))
        {
            Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
            Assert.Equal("withdrawn", JsonDocument.Parse(await withdraw.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        }

        var notices = await Outbox.WaitForAsync(review.Host.OutboxPath, m => (m.Subject ?? "").StartsWith("Ingetrokken:", StringComparison.Ordinal) && (m.TextBody ?? "").Contains(id, StringComparison.Ordinal), count: 2);
        Assert.Equal([A, B], notices.Select(Outbox.To).Order(StringComparer.Ordinal));
        Assert.All(notices, n => Assert.Contains("hoeft deze aanmelding niet (meer) te beoordelen", n.TextBody, StringComparison.Ordinal));
        Assert.Equal("withdrawn", await ReviewFlow.WaitForCustomStatusAsync(review.TaskHub, id, "withdrawn"));
        Assert.Equal("Completed", (await ReviewFlow.WorkflowRowAsync(review.TaskHub, id))!.GetString("RuntimeStatus"));

        var (pageStatus, pageHtml) = await ReviewFlow.GetPageAsync(review.Host, links[A].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        var page = ReviewFlow.Parse(pageHtml);
        Assert.Contains("Deze aanmelding is ingetrokken door de aanmelder.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Forms);
        Assert.Empty(page.QuerySelectorAll("button"));

        var (formStatus, formHtml) = await ReviewFlow.PostFormAsync(review.Host, id, links[B].Token, "approved", "5");
        Assert.Equal(HttpStatusCode.Conflict, formStatus);
        Assert.Contains("ingetrokken", ReviewFlow.Parse(formHtml).Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(ReviewFlow.Parse(formHtml).Forms);
        var (jsonStatus, _, problem) = await ReviewFlow.PostJsonAsync(review.Host, id, new { token = links[A].Token, decision = "rejected" });
        Assert.Equal(HttpStatusCode.Conflict, jsonStatus);
        Assert.Equal("withdrawn", problem.GetProperty("code").GetString());

        Assert.Empty(await ReviewFlow.DecisionRowsAsync(id));
        var row = await ReviewFlow.AdminRowAsync(review.Host, review.CallId, id);
        Assert.Equal("withdrawn", row.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("decision").ValueKind);
        Assert.Single(Outbox.Read(review.Host.OutboxPath), m => ReviewFlow.IsReviewRequest(m, id) && Outbox.To(m) == A);
    }
}
