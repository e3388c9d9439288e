using System.Net;
using Aanmelding.Tests.EndToEnd.Selection;
using Aanmelding.Tests.Support;
using MimeKit;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>
/// A call with the review-request digest (<c>ReviewRequestDigest</c>), through HTTP on the real stack: no e-mail per
/// application per beoordelaar; at the close of intake one e-mail per beoordelaar with every application to review; the
/// reminder lists per beoordelaar only what that beoordelaar has not reviewed, whatever the other did. With the whole-call
/// scenario (<see cref="SelectionScenario"/>), this is where the call's durable timers fire by themselves on each host, at
/// the deadline and at the review deadline configured from the start; most other classes move their deadline once their
/// work is done (<see cref="MovedDeadline"/>), which the sweep follows.
/// </summary>
[LongRunning(3)]
public sealed class ReviewDigestEndToEndTests
{
    const string A = ReviewCall.CoordinatorA;
    const string B = ReviewCall.CoordinatorB;

    [SkippableTheory, OnBothHosts]
    public async Task Each_beoordelaar_gets_one_digest_and_a_reminder_of_only_what_they_have_not_reviewed(HostKind kind)
    {
        TestHosts.SkipUnlessAvailable(kind);
        var callId = CallConfiguration.NewCallId();
        // The deadline is configured before the host starts, and its timer must fire by itself: the margin covers a
        // host start at the suite's busiest minute (a Functions host took 90 s there), then two submissions.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(kind == HostKind.LocalHost ? 90 : 180);
        var settings = ReviewCall.Closing(callId, deadline, deadline.AddSeconds(75));
        settings[$"Calls__{callId}__ReviewRequestDigest"] = "true";
        settings[$"Calls__{callId}__ReminderDaysBeforeReviewDeadline"] = "0";
        await using var host = await TestHosts.StartAsync(kind, settings, TestHosts.NewTaskHub("digest"));
        var (zaanstad, _) = await ReviewFlow.SubmitAsync(host, callId, "Zaanstad");
        var (groningen, _) = await ReviewFlow.SubmitAsync(host, callId, "Groningen");
        await Outbox.WaitForAsync(host.OutboxPath, m => MailKind.Is(m, "acknowledgement"), 2, TimeSpan.FromSeconds(90));

        var closed = await Outbox.WaitForAsync(host.OutboxPath, m => MailKind.Is(m, MailKind.IntakeClosed), 2, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(90));
        Assert.DoesNotContain(Outbox.Read(host.OutboxPath), m => MailKind.Is(m, MailKind.ReviewRequest));
        var digestA = Assert.Single(closed, m => Outbox.To(m) == A);
        var both = new[] { groningen, zaanstad }.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(both, ReviewedIds(digestA).Order(StringComparer.Ordinal));
        Assert.Equal(both, ReviewedIds(Assert.Single(closed, m => Outbox.To(m) == B)).Order(StringComparer.Ordinal));

        // A reviews Zaanstad through the digest's link; B reviews nothing.
        var linkA = ReviewLinkFor(digestA, zaanstad);
        var (status, _, _) = await ReviewFlow.PostJsonAsync(host, zaanstad, new { token = linkA.Token, decision = "approved", score = 4 });
        Assert.Equal(HttpStatusCode.OK, status);

        var reminders = await Outbox.WaitForAsync(host.OutboxPath, m => MailKind.Is(m, MailKind.ReminderDigest), 2, TimeSpan.FromSeconds(150));
        Assert.Equal([groningen], ReviewedIds(Assert.Single(reminders, m => Outbox.To(m) == A)));
        Assert.Equal(both, ReviewedIds(Assert.Single(reminders, m => Outbox.To(m) == B)).Order(StringComparer.Ordinal));
    }

    /// <summary>The applications a mail links to for review, in the mail's order.</summary>
    static IReadOnlyList<string> ReviewedIds(MimeMessage message) =>
        Outbox.Links(message)
            .Where(l => l.Contains("/review/", StringComparison.Ordinal))
            .Select(l => new Uri(l).AbsolutePath.Split('/')[^1])
            .Distinct(StringComparer.Ordinal)
            .ToList();

    static ReviewLink ReviewLinkFor(MimeMessage message, string applicationId) =>
        new(Outbox.To(message), new Uri(Assert.Single(Outbox.Links(message).Distinct(StringComparer.Ordinal), l => l.Contains($"/review/{applicationId}?token=", StringComparison.Ordinal))));
}
