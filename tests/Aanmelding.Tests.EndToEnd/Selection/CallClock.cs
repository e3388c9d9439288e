namespace Aanmelding.Tests.EndToEnd.Selection;

/// <summary>Deadlines as a call's configuration writes them: local Europe/Amsterdam time, whole seconds, computed from the real clock.</summary>
public static class CallClock
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The local time in Amsterdam <paramref name="ahead"/> from now, truncated to whole seconds.</summary>
    public static DateTime LocalIn(TimeSpan ahead)
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow + ahead, Amsterdam).DateTime;
        return new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
    }

    /// <summary>The instant a local Amsterdam time stands for.</summary>
    public static DateTimeOffset ToUtc(DateTime local) =>
        new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();

    public static string Format(DateTime local) => local.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
