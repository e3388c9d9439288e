using Microsoft.Extensions.Time.Testing;

namespace Aanmelding.Tests.Workflows;

/// <summary>
/// A fake clock that tells when code starts waiting on it: every timer it creates (a <c>Task.Delay</c> on it) is
/// counted, so a test can wait for the code to reach its wait and then move time on, instead of sleeping.
/// </summary>
public sealed class WatchedClock : FakeTimeProvider
{
    int timers;

    public int TimersCreated => Volatile.Read(ref timers);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Increment(ref timers);
        return timer;
    }

    /// <summary>Waits until at least <paramref name="count"/> timers were created: the code is waiting on the clock.</summary>
    public async Task WaitForTimersAsync(int count, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (TimersCreated < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {TimersCreated} of {count} timers were created within {timeoutSeconds} s.");
            }

            await Task.Delay(10);
        }
    }
}
