using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd;

/// <summary>
/// A test class whose tests each start a host of their own, of the theory's kind (a call configured for that one
/// test, a deadline counted from its start), and stop it afterwards.
/// </summary>
public abstract class HostPerTest : IAsyncLifetime
{
    AppHost? started;

    /// <summary>The host the running test started.</summary>
    protected AppHost Host => started ?? throw new InvalidOperationException("The test has not started its host.");

    protected async Task StartHostAsync(HostKind kind, IDictionary<string, string> settings, string? taskHub = null) =>
        started = await TestHosts.StartAsync(kind, settings, taskHub);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (started is not null)
        {
            await started.DisposeAsync();
        }
    }
}
