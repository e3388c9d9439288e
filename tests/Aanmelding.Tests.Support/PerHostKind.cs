using Aanmelding.Launcher;
using Xunit;

namespace Aanmelding.Tests.Support;

/// <summary>
/// A class (or collection) fixture with one <typeparamref name="T"/> per host kind (both, or the ones named), shared by
/// the tests that use it. They are started at once in the background when the fixture is made; a test waits only for
/// the one it asks for.
/// </summary>
public abstract class PerHostKind<T>(Func<HostKind, Task<T>> start, params HostKind[] kinds) : IAsyncLifetime where T : IAsyncDisposable
{
    readonly Dictionary<HostKind, Task<T>> started = [];

    public Task InitializeAsync()
    {
        foreach (var kind in (kinds.Length == 0 ? TestHosts.Both : kinds).Where(TestHosts.IsAvailable))
        {
            started[kind] = Task.Run(() => start(kind));
        }

        return Task.CompletedTask;
    }

    /// <summary>The one for <paramref name="kind"/>; skips the test where that host cannot run here.</summary>
    public async Task<T> On(HostKind kind)
    {
        TestHosts.SkipUnlessAvailable(kind);
        return await started[kind];
    }

    public async Task DisposeAsync()
    {
        foreach (var task in started.Values)
        {
            try
            {
                await (await task).DisposeAsync();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // It never started: the tests that asked for it failed with the reason already.
            }
        }
    }
}
