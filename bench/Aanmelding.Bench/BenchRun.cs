using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Bench.Floor;
using Aanmelding.Launcher;
using Azure.Data.Tables;

namespace Aanmelding.Bench;

/// <summary>
/// The phases of one bench run, all against one Azurite: the floor and our intake side by side, the time until
/// every acknowledgement is out, the engine's baseline, then full workflows ending in a finalised call whose every
/// applicant gets an outcome e-mail.
/// </summary>
public sealed class BenchRun(BenchOptions options)
{
    const string IntakeCall = "bench-intake";
    const string FlowCall = "bench-flow";
    const string Coordinator = "bench-coordinator@example.org";
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(30);
    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    readonly int n = options.Submissions;
    readonly int c = options.Concurrency;
    readonly string stamp = DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);

    public async Task<BenchReport> RunAsync()
    {
        var data = Path.Combine(Path.GetTempPath(), "aanmelding-bench", stamp);
        var hub = "bench" + stamp;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        AddCall(settings, IntakeCall, new DateTime(2099, 7, 13, 23, 59, 59));

        // The bench is one client sending thousands of applications: the limits meant for the public stand aside.
        settings["RateLimits__IntakePerClientPerMinute"] = "1000000";
        settings["RateLimits__MailsPerAddressPerHour"] = "1000000";
        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        Progress($"{options.Host}: data folder {data}, task hub {hub}");
        await using var floor = await FloorAsync();
        await using var host = await AppHost.StartAsync(options.Host, new AppHostOptions { Storage = options.Storage, Settings = settings, TaskHub = hub, DataFolder = data });
        var outbox = new OutboxWatch(host.OutboxPath);
        using var ours = LoadRun.Client(host.BaseAddress, c);
        using var bare = LoadRun.Client(floor.BaseAddress, c);
        var report = new BenchReport { Host = options.Host, NoBaseline = options.NoBaseline, Submissions = n, Concurrency = c, Settings = options.Settings, IntakeOnly = options.IntakeOnly };

        // Warm both up (JIT, connections, tables), and let the engine finish the warm-up's workflows.
        var warmUp = Math.Clamp(n / 10, 10, 100);
        Progress($"warming up with {warmUp} submissions each");
        await LoadRun.RunAsync(bare, warmUp, c, i => Submission(FloorEndpoint.Path, "floor-warm", i), 202);
        var warm = await LoadRun.RunAsync(ours, warmUp, c, i => Submission($"/api/calls/{IntakeCall}/applications", "warm", i), 202);
        var idle = Stopwatch.StartNew();
        await outbox.WaitForAsync("review-request", warm.Succeeded, idle, Patience);

        // 1. Intake: the floor, then ours, each N at C.
        Progress($"floor: {n} inserts at concurrency {c}");
        report.Floor = await LoadRun.RunAsync(bare, n, c, i => Submission(FloorEndpoint.Path, "floor", i), 202);
        Progress($"intake: {n} submissions at concurrency {c}");
        var acknowledgedBefore = outbox.Count("acknowledgement");
        var reviewsBefore = outbox.Count("review-request");
        var clock = Stopwatch.StartNew();
        report.Intake = await LoadRun.RunAsync(ours, n, c, i => Submission($"/api/calls/{IntakeCall}/applications", "intake", i), 202);
        if (report.Intake.Succeeded == 0)
        {
            throw new InvalidOperationException($"No submission was accepted: {report.Intake.StatusSummary}; see {host.LogPath}.");
        }

        Progress($"floor {report.Floor.PerSecond:0.0}/s p99 {report.Floor.P99:0} ms; ours {report.Intake.PerSecond:0.0}/s p99 {report.Intake.P99:0} ms ({report.Intake.StatusSummary})");
        report.AcknowledgedSeconds = (await outbox.WaitForAsync("acknowledgement", acknowledgedBefore + report.Intake.Succeeded, clock, Patience)).TotalSeconds;
        Progress($"intake: all {report.Intake.Succeeded} acknowledgements out after {report.AcknowledgedSeconds:0.0} s");
        await outbox.WaitForAsync("review-request", reviewsBefore + report.Intake.Succeeded, clock, Patience);
        if (options.IntakeOnly)
        {
            report.AcknowledgementsTotal = outbox.Count("acknowledgement");
            report.AcknowledgementsExpected = warm.Succeeded + report.Intake.Succeeded;
            return report;
        }

        // 2. The engine's baseline under the same host as ours, with the same durable settings and Azurite.
        if (!options.NoBaseline)
        {
            await using (var baseline = await BaselineAsync(hub + "base"))
            {
                report.BaselineWhere = baseline.Where;
                Progress($"baseline under {baseline.Where}: {n} orchestrations (3 no-op activities, 1 timer, 1 event)");
                report.BaselineSeconds = await RunBaselineAsync(baseline);
            }

            Progress($"baseline: {n} done in {report.BaselineSeconds:0.0} s");
        }

        // 3. Full workflows in a call whose deadline falls right after its submissions: the host starts again with it.
        var submitEstimate = TimeSpan.FromSeconds(n / Math.Max(report.Intake.PerSecond, 1) * 2 + 20);
        await host.StopAsync();
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30) + submitEstimate;
        foreach (var (key, value) in CallSettings(FlowCall, TimeZoneInfo.ConvertTime(deadline, Amsterdam).DateTime))
        {
            host.Set(key, value);
        }

        await host.StartAgainAsync();
        await FlowAsync(host, ours, outbox, hub, deadline, report);

        report.AcknowledgementsTotal = outbox.Count("acknowledgement");
        report.AcknowledgementsExpected = warm.Succeeded + report.Intake.Succeeded + report.FlowSubmitted;
        report.Outcomes = outbox.Count("outcome");
        return report;
    }

    /// <summary>
    /// The floor under the same host as ours: for LocalHost a bare Kestrel endpoint in this process, for the Functions
    /// host an HTTP function in a Functions app of its own under the same host (<c>bench/Aanmelding.Bench.Floor</c>).
    /// </summary>
    async Task<IFloor> FloorAsync()
    {
        if (options.Host == HostKind.LocalHost)
        {
            return await FloorEndpoint.StartAsync(options.Storage);
        }

        return await FloorFunctionsApp.StartAsync(options.Storage, "benchfloor" + stamp);
    }

    /// <summary>
    /// The engine's baseline under the same host as ours, on a task hub of its own: for LocalHost its durable wiring in
    /// this process, for the Functions host the floor's Functions app with its orchestrator and activity in the worker.
    /// </summary>
    async Task<IBaseline> BaselineAsync(string taskHub) => options.Host == HostKind.LocalHost
        ? await BaselineHost.StartAsync(options.Storage, taskHub, options.Settings)
        : await BaselineFunctionsApp.StartAsync(options.Storage, taskHub, options.Settings, c);

    /// <summary>Starts N baseline instances, raises every event once all have done their second step, and times it until all completed.</summary>
    async Task<double> RunBaselineAsync(IBaseline baseline)
    {
        var ids = Enumerable.Range(0, n).Select(i => BenchBaseline.InstanceId($"{stamp}-{i}")).ToList();
        var clock = Stopwatch.StartNew();
        await baseline.StartAsync(ids, c);
        await WaitForInstancesAsync(baseline.TaskHub, BenchBaseline.Orchestrator, $"CustomStatus eq {JsonSerializer.Serialize(BenchBaseline.SecondStepDone)}", "did their second step", n, clock);
        await baseline.RaiseAsync(ids, c);
        await WaitForInstancesAsync(baseline.TaskHub, BenchBaseline.Orchestrator, $"RuntimeStatus eq {"Completed"}", "completed", n, clock);
        return clock.Elapsed.TotalSeconds;
    }

    async Task FlowAsync(AppHost host, HttpClient ours, OutboxWatch outbox, string hub, DateTimeOffset deadline, BenchReport report)
    {
        Progress($"workflow: {n} submissions to a call closing at {deadline:HH:mm:ss}Z, then decisions, then finalising");
        var acknowledgedBefore = outbox.Count("acknowledgement");
        var reviewsBefore = outbox.Count("review-request");
        var outcomesBefore = outbox.Count("outcome");
        var bodies = new string[n];
        var clock = Stopwatch.StartNew();
        var submitted = await LoadRun.RunAsync(ours, n, c, i => Submission($"/api/calls/{FlowCall}/applications", "flow", i), 202, bodies);
        report.FlowSubmitted = submitted.Succeeded;
        if (DateTimeOffset.UtcNow > deadline)
        {
            throw new InvalidOperationException("The workflow call closed before all submissions were in; run again (the estimate comes from the intake phase).");
        }

        var ids = bodies.Where(b => b is not null && b.Contains("\"id\"", StringComparison.Ordinal))
            .Select(b => JsonDocument.Parse(b).RootElement.GetProperty("id").GetString()!)
            .ToList();
        await outbox.WaitForAsync("acknowledgement", acknowledgedBefore + ids.Count, clock, Patience);
        await outbox.WaitForAsync("review-request", reviewsBefore + ids.Count, clock, Patience);
        var tokens = outbox.ReviewTokens();
        var decided = await LoadRun.RunAsync(ours, ids.Count, c, i => Decision(ids[i], tokens[ids[i]], i), 200);
        report.FlowDecided = decided.Succeeded;
        await WaitForInstancesAsync(hub, "ApplicationWorkflow", $"CustomStatus eq {"\"approved\""}", "took their decision", ids.Count, clock);
        var beforeDeadline = clock.Elapsed;
        Progress($"workflow: {ids.Count} submitted, acknowledged, asked for review and decided in {beforeDeadline.TotalSeconds:0.0} s; waiting for the deadline");

        var wait = deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        Progress($"deadline: finalising {ids.Count} approved applications");
        var finalizing = Stopwatch.StartNew();
        using (var finalize = await ours.SendAsync(Admin(HttpMethod.Post, $"/api/calls/{FlowCall}/finalize", host.AdminKey)))
        {
            if ((int)finalize.StatusCode != 202)
            {
                throw new InvalidOperationException($"Finalising answered {(int)finalize.StatusCode}: {await finalize.Content.ReadAsStringAsync()}");
            }
        }

        report.DeadlineSeconds = (await outbox.WaitForAsync("outcome", outcomesBefore + ids.Count, finalizing, Patience)).TotalSeconds;
        report.FlowSeconds = beforeDeadline.TotalSeconds + report.DeadlineSeconds;
        Progress($"deadline: every outcome e-mail out {report.DeadlineSeconds:0.0} s after finalising");
    }

    /// <summary>
    /// Waits until <paramref name="count"/> instances of <paramref name="orchestrator"/> match <paramref name="condition"/>
    /// in the task hub's Instances table (custom status, runtime status): the same count wherever their activities run.
    /// </summary>
    async Task WaitForInstancesAsync(string hub, string orchestrator, FormattableString condition, string what, int count, Stopwatch clock)
    {
        var instances = new TableClient(options.Storage, hub + "Instances");
        var filter = TableClient.CreateQueryFilter($"Name eq {orchestrator}") + " and " + TableClient.CreateQueryFilter(condition);
        var deadline = clock.Elapsed + Patience;
        while (true)
        {
            var held = 0;
            await foreach (var _ in instances.QueryAsync<TableEntity>(filter, select: ["PartitionKey"]))
            {
                held++;
            }

            if (held >= count)
            {
                return;
            }

            if (clock.Elapsed > deadline)
            {
                throw new TimeoutException($"Only {held} of {count} {orchestrator} instances {what}.");
            }

            await Task.Delay(500);
        }
    }

    static readonly IReadOnlyList<Aanmelding.Contracts.Municipalities.Municipality> Municipalities =
        Aanmelding.Contracts.Municipalities.MunicipalityRegister.ForYear(2018).Municipalities;

    HttpRequestMessage Submission(string path, string tag, int i)
    {
        // The run's stamp keeps names unique, so a second run on the same storage meets no duplicates.
        tag = $"{tag}-{stamp}";
        var form = new Dictionary<string, object?>
        {
            ["applicantType"] = i % 3 == 0 ? "woningcorporatie" : "gemeente",
            ["organisation"] = $"Organisatie {tag} {i}",
            ["municipality"] = Municipalities[i % Municipalities.Count].Code,
            ["neighbourhood"] = "Centrum",
            ["homes"] = 1000 + i,
            ["gasFreeStatus"] = "aangewezen",
            ["challenges"] = new[] { "armoede", "eenzaamheid" },
            ["motivation"] = "Onze wijk gaat van het aardgas af en veel bewoners hebben weinig te besteden. Wij willen laten zien dat verduurzaming ook armoede en eenzaamheid kan verminderen.",
            ["partners"] = "Woningcorporatie en bewonersplatform",
            ["contact"] = new Dictionary<string, object?> { ["name"] = "Anne de Vries", ["email"] = $"{tag}-{i}@example.org" },
            ["consent"] = true,
        };
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(form) };
    }

    static HttpRequestMessage Decision(string id, string token, int i) =>
        new(HttpMethod.Post, $"/api/applications/{id}/review")
        {
            Content = JsonContent.Create(new { token, decision = "approved", score = 1 + (i % 5) }),
        };

    static HttpRequestMessage Admin(HttpMethod method, string path, string adminKey)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", adminKey);
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{}", MediaTypeHeaderValue.Parse("application/json"));
        }

        return request;
    }

    static void AddCall(Dictionary<string, string> settings, string callId, DateTime deadlineLocal)
    {
        foreach (var (key, value) in CallSettings(callId, deadlineLocal))
        {
            settings[key] = value;
        }
    }

    static IEnumerable<(string Key, string Value)> CallSettings(string callId, DateTime deadlineLocal)
    {
        yield return ($"Calls__{callId}__Title", "Verduurzaming van kwetsbare wijken (bench)");
        yield return ($"Calls__{callId}__Organisers__0", "Platform31");
        yield return ($"Calls__{callId}__Capacity", "12");
        yield return ($"Calls__{callId}__Deadline", deadlineLocal.AddSeconds(1).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        yield return ($"Calls__{callId}__Coordinators__0", Coordinator);
    }

    static void Progress(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
