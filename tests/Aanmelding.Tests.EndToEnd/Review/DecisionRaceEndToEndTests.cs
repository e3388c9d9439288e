using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Aanmelding.Tests.EndToEnd.Selection;
using Aanmelding.Tests.Support;
using Xunit.Abstractions;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>
/// Decisions racing the selection, many times over (issue 14, point 1): while the admin finalises a call, every
/// application gets decision after decision, alternating approve and reject, by form and by JSON, until one is refused.
/// Every decision answered 200 counts and every refused one does not: an application's outcome is its last accepted
/// decision, and once one decision is refused no later one is accepted.
/// </summary>
[LongRunning(6)]
public sealed class DecisionRaceEndToEndTests(ITestOutputHelper output) : HostPerTest
{
    const string Coordinator = ReviewCall.CoordinatorA;
    const int Rounds = 3;
    const int ApplicationsPerRound = 8;

    readonly string[] callIds = Enumerable.Range(0, Rounds).Select(_ => CallConfiguration.NewCallId()).ToArray();
    readonly string taskHub = "race" + Guid.NewGuid().ToString("N")[..8];
    DateTimeOffset deadline;

    /// <summary>Starts the host of <paramref name="kind"/> for the test, with the call configured.</summary>
    async Task StartAsync(HostKind kind)
    {
        deadline = DateTimeOffset.UtcNow + MovedDeadline.Far;
        var settings = new Dictionary<string, string>();
        foreach (var callId in callIds)
        {
            foreach (var (key, value) in ReviewCall.Closing(callId, deadline, deadline.AddDays(14)))
            {
                settings[key] = value;
            }
        }

        await StartHostAsync(kind, MovedDeadline.WithSweep(settings), taskHub);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Every_decision_answered_200_is_in_the_outcome_and_every_refused_one_is_not(HostKind kind)
    {
        await StartAsync(kind);
        var submitted = new List<(string CallId, string Id)>();
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < ApplicationsPerRound; i++)
            {
                var (id, _) = await ReviewFlow.SubmitAsync(Host, callIds[round], TestApplication.AnyMunicipality((round * ApplicationsPerRound) + i));
                submitted.Add((callIds[round], id));
            }
        }

        // The coordinator's own link for each, from the review request in the outbox.
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (_, id) in submitted)
        {
            tokens[id] = (await ReviewFlow.WaitForReviewLinksAsync(Host, id, ReviewCall.CoordinatorA, ReviewCall.CoordinatorB))[Coordinator].Token;
        }

        Assert.True(DateTimeOffset.UtcNow < deadline, "the applications were in only after the deadline; the machine is too busy for this test");

        // Every application is in: the deadlines move to now (see MovedDeadline).
        deadline = await MovedDeadline.MoveToNowAsync(Host, callIds);
        foreach (var callId in callIds)
        {
            await ReviewFlow.WaitUntilClosedAsync(Host, callId, deadline);
        }

        var acceptedAfterFinalizing = 0;
        foreach (var callId in callIds)
        {
            acceptedAfterFinalizing += await RaceAsync(callId, submitted.Where(s => s.CallId == callId).Select(s => (s.Id, tokens[s.Id])).ToList());
        }

        // The race was run for real: decisions were still being accepted after finalising had been asked for.
        Assert.True(acceptedAfterFinalizing > 0, "no decision landed between the finalise request and the selection");
    }

    /// <summary>One call: decisions on every application while it is finalised; returns how many were accepted after the finalise request.</summary>
    async Task<int> RaceAsync(string callId, IReadOnlyList<(string Id, string Token)> applications)
    {
        var finalizeRequested = 0L;
        var answers = new ConcurrentDictionary<string, List<(string Decision, HttpStatusCode Status, long SentAt)>>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var deciders = applications.Select((application, index) => Task.Run(async () =>
        {
            var list = answers.GetOrAdd(application.Id, _ => []);
            for (var n = 0; !giveUp.IsCancellationRequested; n++)
            {
                var decision = n % 2 == 0 ? "approved" : "rejected";
                var sentAt = clock.ElapsedTicks;
                var status = (n + index) % 2 == 0
                    ? (await ReviewFlow.PostJsonAsync(Host, application.Id, new { token = application.Token, decision, note = $"Besluit {n}" })).Status
                    : await PostFormAsync(application.Id, application.Token, decision);
                list.Add((decision, status, sentAt));
                if (status != HttpStatusCode.OK)
                {
                    return;
                }
            }
        })).ToList();

        // Let every application collect a few decisions, then finalise while they keep coming.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Interlocked.Exchange(ref finalizeRequested, clock.ElapsedTicks);
        using (var finalize = await AdminApi.SendAsync(Host, HttpMethod.Post, $"/api/calls/{callId}/finalize"))
        {
            Assert.Equal(HttpStatusCode.Accepted, finalize.StatusCode);
        }

        await Task.WhenAll(deciders);
        var outcome = await AdminApi.WaitForOutcomeAsync(Host, callId);
        var admin = await ReviewFlow.AdminListAsync(Host, callId);

        var acceptedAfter = 0;
        foreach (var (id, _) in applications)
        {
            var list = answers[id];
            var refused = list[^1];
            Assert.Equal(HttpStatusCode.Conflict, refused.Status);
            Assert.All(list.SkipLast(1), a => Assert.Equal(HttpStatusCode.OK, a.Status));
            acceptedAfter += list.SkipLast(1).Count(a => a.SentAt > finalizeRequested);

            var entry = outcome.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id);
            var row = admin.GetProperty("applications").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
            var lastAccepted = list.SkipLast(1).LastOrDefault();
            var expected = lastAccepted.Decision switch
            {
                "approved" => "selected",
                _ => "not-selected",
            };
            output.WriteLine($"{callId} {id}: {list.Count - 1} accepted, last {lastAccepted.Decision ?? "none"}, refused {refused.Decision}; outcome {entry.GetProperty("outcome")}");

            Assert.Equal(expected, entry.GetProperty("outcome").GetString());
            Assert.Equal(expected, row.GetProperty("outcome").GetString());
            if (lastAccepted.Decision is null)
            {
                Assert.Equal(JsonValueKind.Null, row.GetProperty("decision").ValueKind);
                Assert.Equal("Niet beoordeeld vóór de selectie.", entry.GetProperty("reason").GetString());
            }
            else
            {
                // The admin list shows the decision the selection counted; the refused one, which differs, is nowhere.
                Assert.Equal(lastAccepted.Decision, row.GetProperty("decision").GetString());
                Assert.NotEqual(refused.Decision, lastAccepted.Decision);
                if (lastAccepted.Decision == "rejected")
                {
                    Assert.Equal("Afgewezen door de beoordelaars.", entry.GetProperty("reason").GetString());
                }
            }

            // The audit trail holds exactly the accepted decisions.
            Assert.Equal(list.Count - 1, (await ReviewFlow.DecisionRowsAsync(id)).Count);
        }

        return acceptedAfter;
    }

    /// <summary>The review form as a browser posts it; a refusal must say why on the page.</summary>
    async Task<HttpStatusCode> PostFormAsync(string id, string token, string decision)
    {
        var (status, html) = await ReviewFlow.PostFormAsync(Host, id, token, decision, note: "Via het formulier.");
        if (status == HttpStatusCode.Conflict)
        {
            var text = ReviewFlow.Parse(html).Body!.TextContent;
            Assert.True(
                text.Contains("De selectie wordt gemaakt.", StringComparison.Ordinal) || text.Contains("De selectie is definitief.", StringComparison.Ordinal),
                "the refusal page does not say why");
        }

        return status;
    }
}
