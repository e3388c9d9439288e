namespace Aanmelding.Core.Workflows;

/// <summary>
/// Whether submissions are coming in right now: the submissions in flight in this process, and a short quiet
/// period after the last one. Work that can wait (starting workflows) yields to intake while it is busy.
/// </summary>
public sealed class IntakeTraffic(TimeProvider time)
{
    /// <summary>Intake counts as busy this long after its last submission ended: a client's next request is on its way.</summary>
    public static readonly TimeSpan QuietAfter = TimeSpan.FromMilliseconds(250);

    int inFlight;
    long lastEnded;

    public bool IsBusy =>
        Volatile.Read(ref inFlight) > 0 || time.GetElapsedTime(Interlocked.Read(ref lastEnded)) < QuietAfter;

    /// <summary>Marks one submission in flight until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        Interlocked.Increment(ref inFlight);
        return new Scope(this);
    }

    void Leave()
    {
        Interlocked.Exchange(ref lastEnded, time.GetTimestamp());
        Interlocked.Decrement(ref inFlight);
    }

    /// <summary>One submission in flight.</summary>
    public readonly struct Scope(IntakeTraffic traffic) : IDisposable
    {
        public void Dispose() => traffic.Leave();
    }
}
