using System.Collections.Concurrent;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Email;

/// <summary>
/// Real clock, but every timer fires at once; the delays asked for are recorded. With <c>Task.Delay(delay, timeProvider)</c>
/// this makes back-off tests instant while still showing exactly how long the code meant to wait.
/// </summary>
internal sealed class DelayRecordingTimeProvider : TimeProvider
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Delays.Enqueue(dueTime);
            dueTime = TimeSpan.Zero;
        }

        return System.CreateTimer(callback, state, dueTime, period);
    }
}
