using System.Net;
using System.Text.Json;
using Aanmelding.Tests.EndToEnd.Selection;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>A coordinator may revise after intake closes, until the admin finalises the selection; after that a decision is refused with 409.</summary>
public sealed class ReviewAfterSelectionEndToEndTests : IAsyncLifetime
{
    const string A = ReviewCall.CoordinatorA;
    const string B = ReviewCall.CoordinatorB;

    // Long enough for LocalHost to start and an application to be submitted on a busy machine.
    static readonly TimeSpan UntilDeadline = TimeSpan.FromSeconds(40);

    readonly string callId = CallConfiguration.NewCallId();
    readonly string taskHub = "final" + Guid.NewGuid().ToString("N")[..8];
    DateTimeOffset deadline;
    AppHost host = null!;

    public async Task InitializeAsync()
    {
        deadline = DateTimeOffset.UtcNow + UntilDeadline;
        host = await TestHosts.StartAsync(HostKind.LocalHost, ReviewCall.Closing(callId, deadline, deadline.AddDays(14)), taskHub);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_decision_after_the_selection_is_final_is_refused_with_409()
    {
        var (id, _) = await ReviewFlow.SubmitAsync(host, callId);
        var links = await ReviewFlow.WaitForReviewLinksAsync(host, id, A, B);
        using (var early = await AdminApi.SendAsync(host, HttpMethod.Post, $"/api/calls/{callId}/finalize"))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        }

        await ReviewFlow.WaitUntilClosedAsync(host, callId, deadline);

        // Intake has closed, the selection is not final yet: a decision still counts.
        var (decided, _) = await ReviewFlow.PostFormAsync(host, id, links[A].Token, "approved", "4", "Goed plan.");
        Assert.Equal(HttpStatusCode.OK, decided);
        using (var anonymous = await AdminApi.SendAsync(host, HttpMethod.Post, $"/api/calls/{callId}/finalize", withKey: false))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using (var finalize = await AdminApi.SendAsync(host, HttpMethod.Post, $"/api/calls/{callId}/finalize"))
        {
            Assert.Equal(HttpStatusCode.Accepted, finalize.StatusCode);
        }

        var outcome = await AdminApi.WaitForOutcomeAsync(host, callId);
        var selected = Assert.Single(outcome.GetProperty("outcomes").EnumerateArray());
        Assert.Equal(id, selected.GetProperty("id").GetString());
        Assert.Equal("selected", selected.GetProperty("outcome").GetString());

        var (formStatus, formHtml) = await ReviewFlow.PostFormAsync(host, id, links[B].Token, "rejected", "1", "Toch niet.");
        Assert.Equal(HttpStatusCode.Conflict, formStatus);
        var refused = ReviewFlow.Parse(formHtml);
        Assert.Contains("De selectie is definitief.", refused.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(refused.Forms);
        var (jsonStatus, _, problem) = await ReviewFlow.PostJsonAsync(host, id, new { token = links[A].Token, decision = "rejected" });
        Assert.Equal(HttpStatusCode.Conflict, jsonStatus);
        Assert.Equal("selection-final", problem.GetProperty("code").GetString());

        var (pageStatus, pageHtml) = await ReviewFlow.GetPageAsync(host, links[B].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        var page = ReviewFlow.Parse(pageHtml);
        Assert.Contains("De selectie is definitief.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Forms);

        var audit = Assert.Single(await ReviewFlow.DecisionRowsAsync(id));
        Assert.Equal(A, audit.GetString("Coordinator"));
        var row = await ReviewFlow.AdminRowAsync(host, callId, id);
        Assert.Equal("approved", row.GetProperty("decision").GetString());
        Assert.Equal(4, row.GetProperty("score").GetInt32());
        Assert.Equal(A, row.GetProperty("decidedBy").GetString());
        Assert.Equal("selected", row.GetProperty("outcome").GetString());
        Assert.Equal("selected", await ReviewFlow.WaitForCustomStatusAsync(taskHub, id, "selected"));
    }
}
