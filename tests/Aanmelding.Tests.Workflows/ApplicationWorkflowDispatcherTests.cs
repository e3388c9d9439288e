using Aanmelding.Core.Applications;
using Aanmelding.Core.Workflows;
using Aanmelding.Core.Workflows.Activities;
using Aanmelding.Tests.Support;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aanmelding.Tests.Workflows;

/// <summary>
/// Workflows of stored applications start after the 202, intake first: held while submissions come in, never longer
/// than the hold, at once when intake is quiet, and again after a failed start. The dispatcher's waits run on a fake
/// clock that the tests move on once the dispatcher is waiting.
/// </summary>
public sealed class ApplicationWorkflowDispatcherTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    readonly WatchedClock clock = new();

    [Fact]
    public async Task A_stored_application_is_acknowledged_as_soon_as_intake_is_quiet()
    {
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 60, new IntakeTraffic(clock));
        var id = Enqueue(dispatcher, host.Client);

        Assert.Single(await host.WaitForCallAsync(nameof(SendAcknowledgement), id));
    }

    [Fact]
    public async Task While_submissions_come_in_a_start_waits_and_follows_as_soon_as_they_stop()
    {
        var traffic = new IntakeTraffic(clock);
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 60, traffic);
        string id;
        using (traffic.Enter())
        {
            id = Enqueue(dispatcher, host.Client);
            await clock.WaitForTimersAsync(1);
            clock.Advance(TimeSpan.FromSeconds(30));
            await clock.WaitForTimersAsync(2);
            Assert.Null(await host.Client.GetInstanceAsync(ApplicationWorkflow.InstanceId(id)));
            Assert.Empty(host.CallsFor(id));
        }

        clock.Advance(IntakeTraffic.QuietAfter + TimeSpan.FromMilliseconds(100));
        Assert.Single(await host.WaitForCallAsync(nameof(SendAcknowledgement), id));
    }

    [Fact]
    public async Task Under_unbroken_intake_a_start_waits_no_longer_than_the_hold()
    {
        var traffic = new IntakeTraffic(clock);
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 3, traffic);
        using var busy = traffic.Enter();
        var id = Enqueue(dispatcher, host.Client);

        await clock.WaitForTimersAsync(1);
        clock.Advance(TimeSpan.FromSeconds(2.9));
        await clock.WaitForTimersAsync(2);
        Assert.Empty(host.CallsFor(id));

        clock.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Single(await host.WaitForCallAsync(nameof(SendAcknowledgement), id));
    }

    [Fact]
    public async Task A_start_that_fails_is_tried_again_until_the_application_is_acknowledged_once()
    {
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 0, new IntakeTraffic(clock));
        var failing = new FailingStartsClient(host.Client, failures: 2);
        var id = Enqueue(dispatcher, failing);

        // Each failed start waits on the clock before it is tried again (1 s, then 2 s).
        await clock.WaitForTimersAsync(1);
        clock.Advance(TimeSpan.FromSeconds(1));
        await clock.WaitForTimersAsync(2);
        clock.Advance(TimeSpan.FromSeconds(2));

        // The review requests follow the acknowledgement in the same workflow: by then a second start would show.
        await host.WaitForCallAsync(nameof(RequestReviews), id);
        Assert.Single(host.CallsOf(nameof(SendAcknowledgement), id));
        Assert.Equal(2, failing.FailedStarts);
        Assert.True(await host.WaitUntilAsync(() => dispatcher.Dispatcher.Pending == 0), "starts still pending");
    }

    [Fact]
    public async Task Many_applications_queued_at_once_are_each_acknowledged_exactly_once()
    {
        // Many starts at once wait for each other on the clock: the real one here.
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 60, new IntakeTraffic(TimeProvider.System), TimeProvider.System);
        var ids = Enumerable.Range(0, 40).Select(_ => Enqueue(dispatcher, host.Client)).ToList();

        foreach (var id in ids)
        {
            Assert.Single(await host.WaitForCallAsync(nameof(SendAcknowledgement), id));
        }
    }

    string Enqueue(RunningDispatcher dispatcher, DurableTaskClient client)
    {
        var application = new TestApplication().Stored("call-x", clock.GetUtcNow());
        dispatcher.Dispatcher.Enqueue(application, client);
        return application.Id;
    }

    async Task<RunningDispatcher> StartDispatcherAsync(double maxHoldSeconds, IntakeTraffic traffic, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new(ApplicationWorkflowDispatcher.MaxHoldSetting, maxHoldSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))])
            .Build();
        var dispatcher = new ApplicationWorkflowDispatcher(
            new WorkflowStarter(), traffic, time ?? clock, configuration, NullLogger<ApplicationWorkflowDispatcher>.Instance);
        await dispatcher.StartAsync(CancellationToken.None);
        return new RunningDispatcher(dispatcher);
    }

    sealed class RunningDispatcher(ApplicationWorkflowDispatcher dispatcher) : IAsyncDisposable
    {
        public ApplicationWorkflowDispatcher Dispatcher => dispatcher;

        public async ValueTask DisposeAsync()
        {
            await dispatcher.StopAsync(CancellationToken.None);
            dispatcher.Dispose();
        }
    }
}
