using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aanmelding.Core.Workflows;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.EndToEnd.Selection;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;

namespace Aanmelding.Tests.EndToEnd.Privacy;

/// <summary>
/// Retention that runs by itself (issue 17, 2 and 6), on each host and Azurite with short periods: a withdrawn
/// application is erased <c>WithdrawnRetention</c> after its withdrawal while the call is still open; once the
/// selection is final and <c>Retention</c> has passed, every other application and the call's own personal data
/// (the coordinator's mail, the call workflow's history) are gone from every table, blob, queue, the outbox and the
/// log; the anonymous counts stay as they were.
/// </summary>
[LongRunning(4)]
public sealed class RetentionEndToEndTests : HostPerTest
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>Room for the host to start, three submissions, a review and the withdrawn one's erasure before the deadline.</summary>
    static TimeSpan DeadlineAhead(HostKind kind) => TimeSpan.FromSeconds(kind == HostKind.LocalHost ? 60 : 100);

    [SkippableTheory, OnBothHosts]
    public async Task Withdrawn_applications_and_then_the_whole_call_are_erased_by_themselves_and_the_anonymous_counts_stay(HostKind kind)
    {
        var callId = CallConfiguration.NewCallId();
        var taskHub = TestHosts.NewTaskHub("ret");
        var deadline = CallClock.LocalIn(DeadlineAhead(kind));
        var coordinator = MarkedApplication.New();
        var settings = CallConfiguration.Open(callId, deadline, coordinator.Email);
        settings[$"Calls__{callId}__ReviewDeadline"] = CallClock.Format(deadline.AddMinutes(10));
        settings[$"Calls__{callId}__Retention"] = "00:00:20";
        settings[$"Calls__{callId}__WithdrawnRetention"] = "00:00:10";
        settings[WorkflowSweepSchedule.SettingName.Replace(":", "__", StringComparison.Ordinal)] = "*/10 * * * * *";
        await StartHostAsync(kind, settings, taskHub);

        MarkedApplication reviewed = MarkedApplication.New(), undecided = MarkedApplication.New(), withdrawn = MarkedApplication.New();
        var withAttachment = Json(reviewed.Application("Zwolle"));
        withAttachment["attachments"] = new JsonArray(new JsonObject
        {
            ["fileName"] = $"{reviewed.Marker}brief.pdf",
            ["content"] = Convert.ToBase64String(TestPdf.Create(text: $"Steunbrief {reviewed.Marker}pdf")),
        });
        var first = await IntakeApi.SubmitAcceptedAsync(Host.Client, callId, withAttachment);
        var second = await IntakeApi.SubmitAcceptedAsync(Host.Client, callId, Json(undecided.Application("Utrecht")));
        var third = await IntakeApi.SubmitAcceptedAsync(Host.Client, callId, Json(withdrawn.Application("Arnhem")));

        var link = (await ReviewFlow.WaitForReviewLinksAsync(Host, first.Id, coordinator.Email))[coordinator.Email];
        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostFormAsync(Host, first.Id, link.Token, "approved", "4", reviewed.Note)).Status);
        using (var withdrawal = await IntakeApi.WithdrawAsync(Host.Client, third.Id, third.Token))
        {
            Assert.True(withdrawal.IsSuccessStatusCode, $"withdrawal answered {(int)withdrawal.StatusCode}");
        }

        Assert.Contains(await PersonalDataScan.FindAsync(Host, withdrawn.Markers), place => place.StartsWith("table Applications", StringComparison.Ordinal));

        // The withdrawn one goes after its own, shorter period, while intake is still open.
        var afterWithdrawal = await WaitForCountsAsync(callId, erased: 1);
        await WaitUntilGoneAsync(third.StatusUrl);
        Assert.True(DateTimeOffset.UtcNow < CallClock.ToUtc(deadline), "the withdrawn application was erased only after the deadline; the machine is too busy for this test");
        Assert.Empty(await PersonalDataScan.FindAsync(Host, withdrawn.Markers));
        Assert.NotEmpty(await PersonalDataScan.FindAsync(Host, reviewed.Markers));
        Assert.Equal(3, afterWithdrawal.GetProperty("total").GetInt32());
        Assert.Equal(1, afterWithdrawal.GetProperty("byStatus").GetProperty("withdrawn").GetInt32());

        // The selection, once intake has closed; every applicant and the coordinator hear of it.
        await FinalizeWhenClosedAsync(callId);
        await AdminApi.WaitForOutcomeAsync(Host, callId);
        await Outbox.WaitForAsync(Host.OutboxPath, m => MailKind.Is(m, MailKind.FinalSummary) && Outbox.To(m) == coordinator.Email, timeout: Timeout);
        await Outbox.WaitForAsync(Host.OutboxPath, m => MailKind.Is(m, MailKind.Outcome) && Outbox.To(m) == undecided.Email, timeout: Timeout);
        using (var final = await AdminApi.SendAsync(Host, HttpMethod.Get, $"/api/calls/{callId}/counts"))
        {
            var counts = await final.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(Tally(("selected", 1), ("not-selected", 1), ("withdrawn", 1)), Tally(counts.GetProperty("byStatus")));
        }

        // Retention passes: the retention workflow erases the rest and the call's own data, and completes.
        await TaskHubState.WaitForCompletionAsync(taskHub, [RetentionWorkflow.InstanceId(callId)], Timeout);

        var everyone = new[] { reviewed, undecided, withdrawn, coordinator }.SelectMany(m => m.Markers).ToArray();
        Assert.Empty(await PersonalDataScan.FindAsync(Host, everyone));
        Assert.Null(await TaskHubState.InstanceAsync(taskHub, CallWorkflow.InstanceId(callId)));
        foreach (var id in new[] { first.Id, second.Id, third.Id })
        {
            Assert.Null(await TaskHubState.InstanceAsync(taskHub, ApplicationWorkflow.InstanceId(id)));
        }

        var markers = new TableClient(TestStorage.ConnectionString, "SentEmails");
        Assert.Empty(await markers.QueryAsync<TableEntity>(e => e.PartitionKey == callId).ToListAsync());

        var after = await WaitForCountsAsync(callId, erased: 3);
        Assert.Equal(3, after.GetProperty("total").GetInt32());
        Assert.Equal(Tally(("selected", 1), ("not-selected", 1), ("withdrawn", 1)), Tally(after.GetProperty("byStatus")));
        Assert.Equal(Tally(("GM0193", 1), ("GM0202", 1), ("GM0344", 1)), Tally(after.GetProperty("byMunicipality")));
        using (var gone = await Host.Client.GetAsync(second.StatusUrl.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }
    }

    /// <summary>Polls the admin counts until <paramref name="erased"/> applications are erased; returns the counts then.</summary>
    async Task<JsonElement> WaitForCountsAsync(string callId, int erased)
    {
        var until = DateTime.UtcNow + Timeout;
        while (true)
        {
            using var response = await AdminApi.SendAsync(Host, HttpMethod.Get, $"/api/calls/{callId}/counts");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var counts = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (counts.GetProperty("erased").GetInt32() >= erased)
            {
                return counts;
            }

            Assert.True(DateTime.UtcNow < until, $"{erased} erasures expected in time; the counts said {counts}");
            await Task.Delay(500);
        }
    }

    /// <summary>Polls the application's receipt until it is not found: its row goes last, so then its erasure is complete.</summary>
    async Task WaitUntilGoneAsync(Uri statusUrl)
    {
        var until = DateTime.UtcNow + Timeout;
        while (true)
        {
            using var receipt = await Host.Client.GetAsync(statusUrl.PathAndQuery);
            if (receipt.StatusCode == HttpStatusCode.NotFound)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < until, $"the application behind {statusUrl.AbsolutePath} was still there");
            await Task.Delay(250);
        }
    }

    /// <summary>Asks to finalise until intake has closed (409 call-open until the deadline), as the programme office would.</summary>
    async Task FinalizeWhenClosedAsync(string callId)
    {
        var until = DateTime.UtcNow + Timeout + Timeout;
        while (true)
        {
            using var response = await AdminApi.SendAsync(Host, HttpMethod.Post, $"/api/calls/{callId}/finalize");
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return;
            }

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.True(DateTime.UtcNow < until, "intake did not close in time");
            await Task.Delay(1000);
        }
    }

    static SortedDictionary<string, int> Tally(params (string Key, int Count)[] entries) =>
        new(entries.ToDictionary(e => e.Key, e => e.Count), StringComparer.Ordinal);

    static SortedDictionary<string, int> Tally(JsonElement counts) =>
        new(counts.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()), StringComparer.Ordinal);

    static JsonObject Json(TestApplication application) => JsonSerializer.SerializeToNode(application.Json())!.AsObject();
}
