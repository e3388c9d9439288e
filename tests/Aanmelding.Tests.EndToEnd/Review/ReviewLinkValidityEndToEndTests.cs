using System.Buffers.Text;
using System.Net;
using System.Text;
using Aanmelding.Tests.EndToEnd.Selection;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>
/// What a review link is worth (issue 14, points 5 and 9): it gives no address away, it works only as it was sent,
/// and it stops working when its coordinator is no longer one of the call's or the review deadline has been moved
/// past it, whatever the expiry in the link says. Every refusal is the one answer a wrong link gets.
/// </summary>
[LongRunning(5)]
public sealed class ReviewLinkValidityEndToEndTests : HostPerTest
{
    const string A = ReviewCall.CoordinatorA;
    const string B = ReviewCall.CoordinatorB;
    const string UnknownId = "0000000000ZZ";

    readonly string callId = CallConfiguration.NewCallId();
    DateTimeOffset deadline;

    /// <summary>Starts the host of <paramref name="kind"/> for the test, with the call configured.</summary>
    async Task StartAsync(HostKind kind)
    {
        deadline = DateTimeOffset.UtcNow + MovedDeadline.Far;
        await StartHostAsync(kind, ReviewCall.Closing(callId, deadline, deadline.AddDays(14)));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_link_names_no_one_works_only_as_sent_and_stops_when_its_coordinator_goes_or_the_review_deadline_moves(HostKind kind)
    {
        await StartAsync(kind);
        var (id, _) = await ReviewFlow.SubmitAsync(Host, callId);
        var links = await ReviewFlow.WaitForReviewLinksAsync(Host, id, A, B);
        var wrongLink = await RefusalsAsync(UnknownId, links[A].Token);
        Assert.Equal(HttpStatusCode.Forbidden, wrongLink.Page.Status);

        // No address in the link, not even encoded.
        foreach (var link in links.Values)
        {
            var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(link.Token.AsSpan(0, link.Token.IndexOf('.', StringComparison.Ordinal))));
            Assert.DoesNotContain("@", payload, StringComparison.Ordinal);
            Assert.DoesNotContain("@", Uri.UnescapeDataString(link.Url.ToString()), StringComparison.Ordinal);
        }

        // Only the token as sent: padding, whitespace or another base64 alphabet is a wrong link.
        var token = links[A].Token;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        foreach (var variant in new[] { token + "=", token + "==", " " + token, token + " ", token + "\n", token[..dot] + "=." + token[(dot + 1)..], token.Replace('-', '+').Replace('_', '/') + (token.Contains('-') || token.Contains('_') ? "" : "=") })
        {
            Assert.Equal(wrongLink, await RefusalsAsync(id, variant));
        }

        var (open, _) = await ReviewFlow.GetPageAsync(Host, links[A].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, open);

        // Coordinator B is taken off the call after intake closed (the deadline moves to now, see MovedDeadline): B's
        // link is a wrong link from then on, A's still works.
        Host.Set($"Calls__{callId}__Coordinators__1", null);
        deadline = await MovedDeadline.MoveToNowAsync(Host, callId);
        await ReviewFlow.WaitUntilClosedAsync(Host, callId, deadline);

        Assert.Equal(wrongLink, await RefusalsAsync(id, links[B].Token));
        var (stillOpen, _) = await ReviewFlow.GetPageAsync(Host, links[A].PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, stillOpen);

        // The review deadline is moved to a moment that has passed: A's link has expired, though the link itself says 14 days.
        Host.KillHard();
        Host.Set($"Calls__{callId}__ReviewDeadline", CallClock.Format(TimeZoneInfo.ConvertTime(deadline.AddSeconds(2), CallClock.Amsterdam).DateTime));
        await Host.StartAgainAsync();
        await ReviewFlow.WaitForPageAsync(Host, links[A].PathAndQuery, HttpStatusCode.Gone, deadline.AddSeconds(2));

        var expired = await RefusalsAsync(id, links[A].Token);
        Assert.Equal(HttpStatusCode.Gone, expired.Page.Status);
        Assert.Equal(HttpStatusCode.Gone, expired.Form.Status);
        Assert.Equal(HttpStatusCode.Gone, expired.Json.Status);
        Assert.Contains("beoordelingstermijn is voorbij", expired.Page.Body, StringComparison.Ordinal);
        Assert.Empty(await ReviewFlow.DecisionRowsAsync(id));
    }

    /// <summary>What the review page, the form and the JSON twin answer to a link; equal records mean equal answers.</summary>
    async Task<Refusal> RefusalsAsync(string id, string token)
    {
        var page = await ReviewFlow.GetPageAsync(Host, $"/review/{id}?token={Uri.EscapeDataString(token)}");
        var form = await ReviewFlow.PostFormAsync(Host, id, token, "approved", "5");
        var (jsonStatus, _, json) = await ReviewFlow.PostJsonAsync(Host, id, new { token, decision = "approved" });
        return new Refusal((page.Status, page.Html), (form.Status, form.Html), (jsonStatus, json.GetRawText()));
    }

    sealed record Refusal((HttpStatusCode Status, string Body) Page, (HttpStatusCode Status, string Body) Form, (HttpStatusCode Status, string Body) Json);
}
