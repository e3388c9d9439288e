using System.Collections.Concurrent;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Workflows;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aanmelding.Tests.Workflows;

/// <summary>
/// The real ApplicationWorkflow, CallWorkflow and RetentionWorkflow in the in-memory Durable Task test host, with recording stand-ins
/// registered under the real activity names. The activities' own work (storage, e-mail) is covered end to end;
/// here only the order and timing of what the orchestrators ask for matters. Tests use their own ids, so one host
/// serves a whole test class.
/// </summary>
public sealed class WorkflowHost : IAsyncLifetime
{
    readonly ConcurrentQueue<ActivityCall> calls = new();
    readonly ConcurrentDictionary<string, Func<int, CallSchedule>> schedules = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, int> scheduleReads = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, List<ApplicationOutcome>> selections = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Func<int, RetentionPlan>> retentionPlans = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, int> retentionReads = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, ConcurrentQueue<int>> erasurePages = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, bool> outcomeMailsNotSent = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<List<string>> outcomePages = new();
    DurableTaskTestHost host = null!;

    public DurableTaskClient Client => host.Client;

    public async Task InitializeAsync() =>
        host = await DurableTaskTestHost.StartAsync(Register, new DurableTaskTestHostOptions { LoggerFactory = NullLoggerFactory.Instance });

    public async Task DisposeAsync() => await host.DisposeAsync();

    /// <summary>What GetCallSchedule answers for the call, given how many times it was read before (0 the first time).</summary>
    public void SetSchedule(string callId, Func<int, CallSchedule> schedule) => schedules[callId] = schedule;

    /// <summary>What FinalizeSelection answers for the call: the outcome of each application to tell.</summary>
    public void SetSelection(string callId, params ApplicationOutcome[] outcomes) => selections[callId] = [.. outcomes];

    /// <summary>What GetRetentionPlan answers for the call, given how many times it was read before (0 the first time).</summary>
    public void SetRetentionPlan(string callId, Func<int, RetentionPlan> plan) => retentionPlans[callId] = plan;

    /// <summary>How many applications each EraseRetained call for the call takes on, in turn (0 once these are used up).</summary>
    public void SetErasurePages(string callId, params int[] pages) => erasurePages[callId] = new ConcurrentQueue<int>(pages);

    /// <summary>SendOutcomes reports the application's mail as not sent (as after a failure past the mailer's retries).</summary>
    public void FailOutcomeMail(string applicationId) => outcomeMailsNotSent[applicationId] = true;

    /// <summary>Every page SendOutcomes was called with, in the order they ran; each id in it is recorded as a call too.</summary>
    public IReadOnlyList<List<string>> OutcomePages => [.. outcomePages];

    /// <summary>How an <see cref="EraseRetained"/> call is recorded: the call and which applications the page was for.</summary>
    public static string PageInput(string callId, bool withdrawnOnly) => $"{callId} {(withdrawnOnly ? "withdrawn" : "all")}";

    /// <summary>The calls of one activity with this input, in the order they ran.</summary>
    public IReadOnlyList<ActivityCall> CallsOf(string activity, string input) =>
        calls.Where(c => c.Activity == activity && c.Input == input).ToList();

    /// <summary>How a <see cref="SendChangeNotices"/> call is recorded: the application and the version it was told.</summary>
    public static string ChangeInput(string applicationId, int version) => $"{applicationId} v{version}";

    /// <summary>Every activity call with this input, in the order they ran.</summary>
    public IReadOnlyList<ActivityCall> CallsFor(string input) => calls.Where(c => c.Input == input).ToList();

    /// <summary>Waits until the activity ran with this input (at least <paramref name="count"/> times) and returns its calls.</summary>
    public async Task<IReadOnlyList<ActivityCall>> WaitForCallAsync(string activity, string input, int count = 1, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var found = CallsOf(activity, input);
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds; false when it did not within the timeout.</summary>
    public async Task<bool> WaitUntilAsync(Func<bool> condition, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    /// <summary>Waits until the instance's custom status is <paramref name="expected"/>; returns the last status seen.</summary>
    public async Task<T?> WaitForStatusAsync<T>(string instanceId, T expected, int timeoutSeconds = 60)
        where T : struct, Enum
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        T? status = null;
        while (DateTime.UtcNow <= deadline)
        {
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
            status = instance?.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<T>();
            if (Equals(status, expected))
            {
                return status;
            }

            await Task.Delay(50);
        }

        return status;
    }

    /// <summary>Waits until the instance was updated after <paramref name="since"/> (an event handled); returns what it shows then.</summary>
    public async Task<OrchestrationMetadata> WaitForUpdateAsync(string instanceId, DateTimeOffset since, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true)
                ?? throw new InvalidOperationException($"Instance {instanceId} does not exist.");
            if (instance.LastUpdatedAt > since || DateTime.UtcNow > deadline)
            {
                return instance;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the instance to finish (generously: timers here are seconds, but a loaded machine is slow).</summary>
    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId, int timeoutSeconds = 120)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    void Register(DurableTaskRegistry registry)
    {
        registry.AddOrchestrator<ApplicationWorkflow>(nameof(ApplicationWorkflow));
        registry.AddOrchestrator<CallWorkflow>(nameof(CallWorkflow));
        registry.AddOrchestrator<RetentionWorkflow>(nameof(RetentionWorkflow));

        registry.AddActivityFunc<string, bool>(nameof(SendAcknowledgement), (_, id) => Record(nameof(SendAcknowledgement), id, true));
        registry.AddActivityFunc<string, int>(nameof(RequestReviews), (_, id) => Record(nameof(RequestReviews), id, 2));
        registry.AddActivityFunc<string, int>(nameof(SendWithdrawalNotice), (_, id) => Record(nameof(SendWithdrawalNotice), id, 2));
        registry.AddActivityFunc<string, bool>(nameof(SendOutcome), (_, id) => Record(nameof(SendOutcome), id, true));
        registry.AddActivityFunc<List<string>, List<string>>(nameof(SendOutcomes), (_, page) =>
        {
            outcomePages.Enqueue(page);
            return [.. page.Select(id => Record(nameof(SendOutcomes), id, id)).Where(outcomeMailsNotSent.ContainsKey)];
        });
        registry.AddActivityFunc<ChangeNoticeRequest, int>(nameof(SendChangeNotices), (_, request) =>
            Record(nameof(SendChangeNotices), ChangeInput(request.ApplicationId, request.Version), 1));

        registry.AddActivityFunc<string, CallSchedule>(nameof(GetCallSchedule), (_, callId) =>
        {
            var read = scheduleReads.AddOrUpdate(callId, 0, (_, n) => n + 1);
            var schedule = schedules.TryGetValue(callId, out var pick)
                ? pick(read)
                : new CallSchedule(DateTime.MinValue, DateTime.MinValue, DateTime.MinValue, Exists: false);
            return Record(nameof(GetCallSchedule), callId, schedule);
        });
        registry.AddActivityFunc<string, int>(nameof(CloseIntake), (_, callId) => Record(nameof(CloseIntake), callId, 0));
        registry.AddActivityFunc<string, int>(nameof(SendReminderDigests), (_, callId) => Record(nameof(SendReminderDigests), callId, 2));
        registry.AddActivityFunc<string, List<ApplicationOutcome>>(nameof(FinalizeSelection), (_, callId) =>
            Record(nameof(FinalizeSelection), callId, selections.TryGetValue(callId, out var entries) ? entries : []));
        registry.AddActivityFunc<string, int>(nameof(SendFinalSummary), (_, callId) => Record(nameof(SendFinalSummary), callId, 2));

        registry.AddActivityFunc<string, RetentionPlan>(nameof(GetRetentionPlan), (_, callId) =>
        {
            var read = retentionReads.AddOrUpdate(callId, 0, (_, n) => n + 1);
            var plan = retentionPlans.TryGetValue(callId, out var pick) ? pick(read) : new RetentionPlan(null, null, TimeSpan.FromHours(6));
            return Record(nameof(GetRetentionPlan), callId, plan);
        });
        registry.AddActivityFunc<RetentionPage, int>(nameof(EraseRetained), (_, page) =>
            Record(nameof(EraseRetained), PageInput(page.CallId, page.WithdrawnOnly),
                erasurePages.TryGetValue(page.CallId, out var pages) && pages.TryDequeue(out var count) ? count : 0));
        registry.AddActivityFunc<string, int>(nameof(EraseCallData), (_, callId) => Record(nameof(EraseCallData), callId, 1));
    }

    T Record<T>(string activity, string input, T result)
    {
        calls.Enqueue(new ActivityCall(activity, input, DateTime.UtcNow));
        return result;
    }
}
