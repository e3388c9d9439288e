using Aanmelding.Contracts;
using Aanmelding.Core.Intake;
using Aanmelding.Core.Workflows;
using Aanmelding.Core.Workflows.Activities;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Aanmelding.Tests.Workflows;

/// <summary>
/// Workflows of stored applications start after the 202, intake first: held while submissions come in, never longer
/// than the hold, at once when intake is quiet, and again after a failed start.
/// </summary>
public sealed class ApplicationWorkflowDispatcherTests(WorkflowHost host) : IClassFixture<WorkflowHost>
{
    readonly IntakeTraffic traffic = new(TimeProvider.System);

    [Fact]
    public async Task A_stored_application_is_acknowledged_as_soon_as_intake_is_quiet()
    {
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 60);
        var id = Enqueue(dispatcher, host.Client);

        Assert.Single(await host.WaitForCallAsync(nameof(SendAcknowledgement), id));
    }

    [Fact]
    public async Task While_submissions_come_in_a_start_waits_and_follows_as_soon_as_they_stop()
    {
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 60);
        string id;
        using (traffic.Enter())
        {
            id = Enqueue(dispatcher, host.Client);
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.Null(await host.Client.GetInstanceAsync(ApplicationReference.WorkflowInstanceId(id)));
            Assert.Empty(host.CallsFor(id));
        }

        Assert.Single(await host.WaitForCallAsync(nameof(SendAcknowledgement), id));
    }

    [Fact]
    public async Task Under_unbroken_intake_a_start_waits_no_longer_than_the_hold()
    {
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 3);
        using var busy = traffic.Enter();
        var id = Enqueue(dispatcher, host.Client);
        var queued = DateTime.UtcNow;

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(host.CallsFor(id));
        var acknowledged = Assert.Single(await host.WaitForCallAsync(nameof(SendAcknowledgement), id));
        Assert.True(acknowledged.AtUtc - queued >= TimeSpan.FromSeconds(2.9), $"started after {(acknowledged.AtUtc - queued).TotalSeconds:0.0} s, before the hold ran out");
    }

    [Fact]
    public async Task A_start_that_fails_is_tried_again_until_the_application_is_acknowledged_once()
    {
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 0);
        var failing = new FailingStartsClient(host.Client, failures: 2);
        var id = Enqueue(dispatcher, failing);

        Assert.Single(await host.WaitForCallAsync(nameof(SendAcknowledgement), id));
        Assert.Equal(2, failing.FailedStarts);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(host.CallsOf(nameof(SendAcknowledgement), id));
        Assert.Equal(0, dispatcher.Dispatcher.Pending);
    }

    [Fact]
    public async Task Many_applications_queued_at_once_are_each_acknowledged_exactly_once()
    {
        await using var dispatcher = await StartDispatcherAsync(maxHoldSeconds: 60);
        var ids = Enumerable.Range(0, 40).Select(_ => Enqueue(dispatcher, host.Client)).ToList();

        foreach (var id in ids)
        {
            Assert.Single(await host.WaitForCallAsync(nameof(SendAcknowledgement), id));
        }
    }

    string Enqueue(RunningDispatcher dispatcher, DurableTaskClient client)
    {
        var id = ApplicationReference.New();
        dispatcher.Dispatcher.Enqueue(
            new SubmittedApplication { Id = id, CallId = "call-x", Form = new ApplicationForm(), Status = ApplicationStatus.Submitted, SubmittedAt = DateTimeOffset.UtcNow },
            client);
        return id;
    }

    async Task<RunningDispatcher> StartDispatcherAsync(double maxHoldSeconds)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new(ApplicationWorkflowDispatcher.MaxHoldSetting, maxHoldSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))])
            .Build();
        var dispatcher = new ApplicationWorkflowDispatcher(
            new WorkflowStarter(), traffic, TimeProvider.System, configuration, NullLogger<ApplicationWorkflowDispatcher>.Instance);
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
