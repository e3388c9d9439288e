using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Privacy;

/// <summary>
/// When personal data is due for erasure (issue 17): a call's, <c>Retention</c> after its selection became final; a
/// withdrawn application's, <c>WithdrawnRetention</c> after its withdrawal, even while the call is open.
/// </summary>
public static class RetentionRule
{
    /// <summary>Configuration is read again at least this often, so a changed period is honoured.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromHours(6);

    /// <summary>The shortest wait between two reads: a period of zero must not make the workflow spin.</summary>
    public static readonly TimeSpan ShortestWake = TimeSpan.FromSeconds(5);

    /// <summary>The moment the call's personal data is due: <paramref name="retention"/> after the selection became final; none before.</summary>
    public static DateTime? CallDueUtc(CallState state, TimeSpan retention) =>
        state.Phase == CallPhase.Final && state.FinalizedAt is { } finalizedAt ? (finalizedAt + retention).UtcDateTime : null;

    /// <summary>The moment a withdrawn application is due; none for one that is not withdrawn.</summary>
    public static DateTime? WithdrawnDueUtc(Application application, TimeSpan withdrawnRetention) =>
        application.Status == ApplicationStatus.Withdrawn && application.WithdrawnAt is { } withdrawnAt
            ? (withdrawnAt + withdrawnRetention).UtcDateTime
            : null;

    /// <summary>
    /// How long the workflow may sleep without reading again: never longer than either period, so whatever becomes final
    /// or is withdrawn after a read is due only after the next read, which then sets its timer exactly; and at least
    /// <see cref="ShortestWake"/>.
    /// </summary>
    public static TimeSpan WakeInterval(TimeSpan retention, TimeSpan withdrawnRetention)
    {
        var shortest = retention < withdrawnRetention ? retention : withdrawnRetention;
        if (shortest > RecheckInterval)
        {
            shortest = RecheckInterval;
        }

        return shortest < ShortestWake ? ShortestWake : shortest;
    }

    /// <summary>The next moment to act: the earliest due moment, or the next read.</summary>
    public static DateTime NextWakeUtc(DateTime? callDueUtc, DateTime? withdrawnDueUtc, TimeSpan wakeInterval, DateTime nowUtc)
    {
        var next = nowUtc + wakeInterval;
        foreach (var due in new[] { callDueUtc, withdrawnDueUtc })
        {
            if (due is { } moment && moment < next)
            {
                next = moment;
            }
        }

        return next;
    }
}
