using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Contracts;
using Aanmelding.Contracts.Municipalities;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Storage;
using Aanmelding.Core.Workflows;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace Aanmelding.Tests.EndToEnd.Resilience;

/// <summary>
/// Either host killed hard (the Functions host with its worker) in the middle of a rush of submissions and decisions,
/// then started again on the same Azurite, task hub and data folder: what got a 202 is all there, acknowledged once and
/// moving on; what did not get a 202 is either absent or complete with its workflow. The same tests run once per host
/// kind (a class for each, so that both kinds run side by side); the tests of one kind share a host, each with a call of
/// its own, one after the other.
/// </summary>
public abstract class CrashRecoveryTests(PerHostKind<OpenCallHost> hosts, HostKind kind, ITestOutputHelper output)
{
    const string Coordinator = "coordinator@example.org";
    static readonly TimeSpan Settle = TimeSpan.FromMinutes(4);

    // Both hosts sweep every 10 s here instead of every 5 min: the same promise, with a bound of 40 s instead of 5 min 30 s.
    static readonly WorkflowSweepSchedule Sweep = WorkflowSweepSchedule.Parse("*/10 * * * * *")!;

    /// <summary>A host of one kind with a call for the rush and one for the burst.</summary>
    public static async Task<OpenCallHost> StartAsync(HostKind kind)
    {
        var rushCall = CallConfiguration.NewCallId();
        var settings = QuickRedelivery.Apply(CallConfiguration.Open(rushCall, null, Coordinator));
        settings[WorkflowSweepSchedule.SettingName.Replace(":", "__", StringComparison.Ordinal)] = Sweep.Text;
        foreach (var (key, value) in CallConfiguration.Open(BurstCallOf(rushCall), null, Coordinator))
        {
            settings[key] = value;
        }

        return new OpenCallHost(await TestHosts.StartAsync(kind, settings, TestHosts.NewTaskHub("crash")), rushCall);
    }

    [SkippableFact]
    public async Task A_hard_kill_mid_rush_loses_nothing_that_got_a_202_and_leaves_nothing_half_stored()
    {
        var (host, callId) = Unpack(await hosts.On(kind));
        var stored = StoredState.Of(host);
        var accepted = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var unanswered = new ConcurrentBag<string>();
        var decided = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        using var stop = new CancellationTokenSource();

        var submitters = Enumerable.Range(0, 4).Select(w => Task.Run(() => SubmitUntilStoppedAsync(host, callId, w, accepted, unanswered, stop.Token))).ToList();
        var reviewer = Task.Run(() => DecideUntilStoppedAsync(host, stored, accepted, decided, stop.Token));

        // Let the rush build up until applications are being acknowledged and decided, then pull the plug mid-stream.
        var until = DateTime.UtcNow.AddSeconds(90);
        while ((accepted.Count < 24 || decided.Count < 4) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        var processes = host.ProcessTree();
        host.KillHard();
        await stop.CancelAsync();
        await AssertAllGoneAsync(kind, processes);
        await Task.WhenAll([.. submitters, reviewer]);
        output.WriteLine($"killed with {accepted.Count} accepted, {unanswered.Count} unanswered, {decided.Count} decided");
        Assert.True(accepted.Count >= 24 && decided.Count >= 4, "the rush never got going before the kill");

        await host.StartAgainAsync();

        // Every 202 is stored and its workflow gets past acknowledgement and review request (custom status set).
        var rows = await stored.ApplicationsAsync(callId);
        Assert.All(accepted.Keys, id => Assert.True(rows.ContainsKey(id), $"application {id} got a 202 but is not stored"));
        await WaitForAllAsync(rows.Keys, async id => await stored.WorkflowStatusAsync(id) is not null, "workflow past its first steps");

        // Rows that got no 202 (the kill cut their answer off) are complete and have their workflow, like any other.
        rows = await stored.ApplicationsAsync(callId);
        output.WriteLine($"after the restart: {rows.Count} stored, {rows.Count - accepted.Count} of them without a 202, " +
            $"{await PendingStartsAsync(host)} starts still pending");
        foreach (var (id, row) in rows.Where(r => !accepted.ContainsKey(r.Key)))
        {
            Assert.Contains(row.Organisation, unanswered);
            Assert.Empty(ApplicationValidator.Validate(ApplicationMapping.ToDomain(row).Form, ["gemeente", "woningcorporatie"], MunicipalityRegister.ForYear(2018)));
            Assert.NotNull(await stored.WorkflowAsync(id));
        }

        // Exactly one acknowledgement and one review request per application, whatever the kill interrupted.
        Assert.All(stored.EmailsPerApplication("acknowledgement", rows.Keys), c => Assert.True(c.Value == 1, $"{c.Key}: {c.Value} acknowledgements"));
        Assert.All(stored.EmailsPerApplication("review-request", rows.Keys), c => Assert.True(c.Value == 1, $"{c.Key}: {c.Value} review requests"));

        // Decisions that got a 200 before the kill are in the record and in the workflow.
        foreach (var (id, decision) in decided)
        {
            Assert.Equal(decision, rows[id].Status);
        }

        await WaitForAllAsync(decided.Keys, async id => await stored.WorkflowStatusAsync(id) == decided[id], "workflow holding its decision");

        // And the same workflows take the next step after the restart: every undecided application can be decided now.
        var undecided = rows.Keys.Where(id => !decided.ContainsKey(id)).ToList();
        foreach (var id in undecided)
        {
            using var response = await DecideAsync(host, stored, id, WireName.Of(Decision.Approved), CancellationToken.None);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await WaitForAllAsync(undecided, async id => await stored.WorkflowStatusAsync(id) == WireName.Of(Decision.Approved), "workflow holding its new decision");
    }

    [SkippableFact]
    public async Task A_hard_kill_right_after_a_burst_of_202s_leaves_every_application_acknowledged_within_the_bound()
    {
        var (host, rushCall) = Unpack(await hosts.On(kind));
        var callId = BurstCallOf(rushCall);
        var stored = StoredState.Of(host);

        // A burst, every submission answered 202, and the plug pulled at once: the prompt sweep had no quiet moment yet.
        var ids = (await Task.WhenAll(Enumerable.Range(0, 24).Select(async i =>
        {
            var body = TestApplication.Of(TestApplication.AnyMunicipality(i), "Centrum", $"Gemeente Burst {i}", $"burst-{i}@example.org").Json();
            using var response = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", body);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }))).ToList();

        // And one whose request died between its transaction (application, claim, pending start) and the answer,
        // stored exactly as the submission stores it: only a sweep in another process life can start it.
        var orphan = TestApplication.Of("Zwolle", "Holtenbroek", "Gemeente Zwolle", "burst-wees@example.org").Stored(callId, DateTimeOffset.UtcNow);
        var catalog = new CallCatalog(new ConfigurationBuilder()
            .AddInMemoryCollection(CallConfiguration.Open(callId, null, Coordinator).Select(s => new KeyValuePair<string, string?>(s.Key.Replace("__", ":", StringComparison.Ordinal), s.Value)))
            .Build());
        var store = new ApplicationStore(new TableSet(new TableServiceClient(TestStorage.ConnectionString)), catalog);
        Assert.True(await store.TryAddAsync(orphan, [ClaimStore.New(callId, SubmissionService.NeighbourhoodClaimKey(orphan), orphan.Id, null), PendingStartStore.New(callId, orphan.Id, orphan.SubmittedAt)]));
        ids.Add(orphan.Id);
        host.KillHard();

        // Down for a while, then up again.
        await Task.Delay(TimeSpan.FromSeconds(5));
        await host.StartAgainAsync();
        var restarted = DateTime.UtcNow;

        // Every one acknowledged, once, within the bound after the host runs again (LocalHost sweeps at start, the
        // Functions timer on the clock).
        var acknowledgements = await Outbox.WaitForAsync(
            host.OutboxPath, m => m.Headers["X-Aanmelding-Kind"] == "acknowledgement" && (Outbox.To(m) ?? "").StartsWith("burst-", StringComparison.Ordinal),
            count: ids.Count, timeout: Sweep.Bound + Settle);
        output.WriteLine($"{acknowledgements.Count} acknowledgements {DateTime.UtcNow - restarted:g} after the restart");
        Assert.True(DateTime.UtcNow - restarted <= Sweep.Bound, "acknowledged later than the bound");
        Assert.All(stored.EmailsPerApplication("acknowledgement", ids), c => Assert.True(c.Value == 1, $"{c.Key}: {c.Value} acknowledgements"));
        Assert.Contains(acknowledgements, m => Outbox.To(m) == "burst-wees@example.org" && (m.TextBody ?? "").Contains(orphan.Id, StringComparison.Ordinal));
        Assert.Equal(0, await PendingStartsAsync(host));
    }

    /// <summary>What health says is still waiting for a sweep.</summary>
    static async Task<int> PendingStartsAsync(AppHost host)
    {
        var health = await host.Client.GetFromJsonAsync<JsonElement>("/api/health");
        return health.GetProperty("workflowStartsPending").GetInt32();
    }

    static async Task SubmitUntilStoppedAsync(AppHost host, string callId, int worker, ConcurrentDictionary<string, string> accepted, ConcurrentBag<string> unanswered, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var organisation = $"Gemeente Stroom {worker}-{i}";
            var body = TestApplication.Of(TestApplication.AnyMunicipality(i), "Centrum", organisation, $"aanvrager-{worker}-{i}@example.org").Json();
            try
            {
                using var response = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", body, CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var answer = await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None);
                    accepted[answer.GetProperty("id").GetString()!] = organisation;
                }
                else
                {
                    unanswered.Add(organisation);
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                // The kill cut the request off: the client never heard a 202.
                unanswered.Add(organisation);
                return;
            }

            // A busy hour's pace (four applicants, a few per second each), not a flood: the engine on this machine
            // acknowledges a few workflows per second, and every application must be followed to its next state.
            await Task.Delay(250, CancellationToken.None);
        }
    }

    static async Task DecideUntilStoppedAsync(AppHost host, StoredState stored, ConcurrentDictionary<string, string> accepted, ConcurrentDictionary<string, string> decided, CancellationToken stop)
    {
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            foreach (var id in ReviewableIds(stored).Where(id => accepted.ContainsKey(id) && !decided.ContainsKey(id)))
            {
                var decision = n++ % 3 == 0 ? WireName.Of(Decision.Rejected) : WireName.Of(Decision.Approved);
                try
                {
                    using var response = await DecideAsync(host, stored, id, decision, CancellationToken.None);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        decided[id] = decision;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                {
                    return;
                }
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    static IEnumerable<string> ReviewableIds(StoredState stored) =>
        stored.Emails("review-request").SelectMany(Outbox.Links)
            .Select(link => new Uri(link).AbsolutePath)
            .Where(path => path.StartsWith("/review/", StringComparison.Ordinal))
            .Select(path => path["/review/".Length..])
            .Distinct(StringComparer.Ordinal);

    static async Task<HttpResponseMessage> DecideAsync(AppHost host, StoredState stored, string id, string decision, CancellationToken cancellationToken)
    {
        var link = stored.Emails("review-request").SelectMany(Outbox.Links).First(l => new Uri(l).AbsolutePath == $"/review/{id}");
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["token"];
        return await host.Client.PostAsJsonAsync($"/api/applications/{id}/review", new { token, decision, score = 4, note = "Beoordeeld tijdens de drukte." }, cancellationToken);
    }

    static async Task WaitForAllAsync(IEnumerable<string> ids, Func<string, Task<bool>> done, string what)
    {
        var pending = ids.ToHashSet(StringComparer.Ordinal);
        // A row whose request died before scheduling its start waits for the sweep: up to its bound after the restart.
        var deadline = DateTime.UtcNow + Sweep.Bound + Settle;
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            foreach (var id in pending.ToList())
            {
                if (await done(id))
                {
                    pending.Remove(id);
                }
            }

            if (pending.Count > 0)
            {
                await Task.Delay(500);
            }
        }

        Assert.True(pending.Count == 0, $"{pending.Count} applications never reached '{what}': {string.Join(", ", pending.Take(5))}");
    }

    /// <summary>
    /// The kill took the whole tree: under the Functions host, the host and its worker. The kill waits for the host
    /// only; a killed worker may take a moment to be gone, so this waits for that, but not for long.
    /// </summary>
    static async Task AssertAllGoneAsync(HostKind kind, IReadOnlyList<int> processes)
    {
        Assert.True(processes.Count >= (kind == HostKind.Functions ? 2 : 1), $"expected the host's processes, found {processes.Count}");
        var giveUp = DateTime.UtcNow.AddSeconds(5);
        while (processes.Any(Running) && DateTime.UtcNow < giveUp)
        {
            await Task.Delay(50);
        }

        Assert.All(processes, id => Assert.False(Running(id), $"process {id} outlived the kill"));
    }

    /// <summary>Whether a process runs: it exists and is not a zombie (dead, only not yet reaped).</summary>
    static bool Running(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z') is false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    static string BurstCallOf(string rushCall) => rushCall + "-burst";

    static (AppHost Host, string CallId) Unpack(OpenCallHost open) => (open.Host, open.CallId);
}
