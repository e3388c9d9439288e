using System.Net;
using System.Net.Http.Json;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>
/// A call whose deadline and review deadline pass during the test: the reminder asks only about applications that
/// still need a review, and at the review deadline the links in the e-mails expire with a clear page.
/// </summary>
public sealed class ReviewLinkExpiryEndToEndTests : IAsyncLifetime
{
    const string A = ReviewCall.CoordinatorA;
    const string B = ReviewCall.CoordinatorB;

    // Long enough for LocalHost to start and two applications to be submitted on a busy machine.
    static readonly TimeSpan UntilDeadline = TimeSpan.FromSeconds(40);

    readonly string callId = CallConfiguration.NewCallId();
    readonly string taskHub = "expiry" + Guid.NewGuid().ToString("N")[..8];
    DateTimeOffset deadline;
    DateTimeOffset reviewDeadline;
    AppHost host = null!;

    public async Task InitializeAsync()
    {
        deadline = DateTimeOffset.UtcNow + UntilDeadline;
        reviewDeadline = deadline.AddSeconds(10);
        host = await TestHosts.StartAsync(HostKind.LocalHost, ReviewCall.Closing(callId, deadline, reviewDeadline), taskHub);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Withdrawn_applications_are_no_longer_asked_about_and_links_expire_at_the_review_deadline()
    {
        var (kept, _) = await ReviewFlow.SubmitAsync(host, callId);
        var (withdrawn, withdrawnStatusUrl) = await ReviewFlow.SubmitAsync(host, callId);
        var keptLinks = await ReviewFlow.WaitForReviewLinksAsync(host, kept, A, B);
        var withdrawnLinks = await ReviewFlow.WaitForReviewLinksAsync(host, withdrawn, A, B);
        using (var withdraw = await host.Client.PostAsJsonAsync($"/api/applications/{withdrawn}/withdraw{withdrawnStatusUrl.Query}", new { confirm = true }))
        {
            Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        }

        var (openStatus, openHtml) = await ReviewFlow.GetPageAsync(host, keptLinks[A].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, openStatus);
        Assert.Single(ReviewFlow.Parse(openHtml).Forms);

        // After the deadline each coordinator gets one reminder: about the application still waiting, not the withdrawn one.
        var reminders = await Outbox.WaitForAsync(host.OutboxPath, m => (m.Subject ?? "").StartsWith("Herinnering:", StringComparison.Ordinal), count: 2, TimeSpan.FromSeconds(120));
        Assert.Equal([A, B], reminders.Select(Outbox.To).Order(StringComparer.Ordinal));
        foreach (var reminder in reminders)
        {
            Assert.StartsWith("Herinnering: 1 aanmelding wacht op uw beoordeling", reminder.Subject, StringComparison.Ordinal);
            var links = Outbox.Links(reminder);
            Assert.Contains(links, l => l.Contains($"/review/{kept}?token=", StringComparison.Ordinal));
            Assert.DoesNotContain(links, l => l.Contains(withdrawn, StringComparison.Ordinal));
            Assert.DoesNotContain(withdrawn, reminder.TextBody, StringComparison.Ordinal);
        }

        // The review deadline passes on the host's clock: its answer to the link tells when.
        var (status, html) = await ReviewFlow.WaitForPageAsync(host, keptLinks[A].PathAndQuery, HttpStatusCode.Gone, reviewDeadline);
        Assert.Equal(HttpStatusCode.Gone, status);
        var page = ReviewFlow.Parse(html);
        Assert.Equal("Link verlopen", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("beoordelingstermijn is voorbij", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Forms);

        var (formStatus, formHtml) = await ReviewFlow.PostFormAsync(host, kept, keptLinks[B].Token, "approved", "5");
        Assert.Equal(HttpStatusCode.Gone, formStatus);
        Assert.Equal("Link verlopen", ReviewFlow.Parse(formHtml).QuerySelector("h1")?.TextContent);
        var (jsonStatus, _, problem) = await ReviewFlow.PostJsonAsync(host, kept, new { token = keptLinks[A].Token, decision = "approved" });
        Assert.Equal(HttpStatusCode.Gone, jsonStatus);
        Assert.Equal("link-expired", problem.GetProperty("code").GetString());
        var (withdrawnStatus, _) = await ReviewFlow.GetPageAsync(host, withdrawnLinks[B].PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, withdrawnStatus);

        Assert.Empty(await ReviewFlow.DecisionRowsAsync(kept));
    }
}
