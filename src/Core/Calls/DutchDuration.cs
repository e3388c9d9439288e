using System.Globalization;

namespace Aanmelding.Core.Calls;

/// <summary>A period as Dutch writes it: "365 dagen", "1 dag", "2 uur", "2 minuten".</summary>
public static class DutchDuration
{
    public static string Of(TimeSpan period) =>
        period.TotalDays >= 1 && period.Ticks % TimeSpan.TicksPerDay == 0 ? Count((long)period.TotalDays, "dag", "dagen")
        : period.TotalHours >= 1 && period.Ticks % TimeSpan.TicksPerHour == 0 ? Count((long)period.TotalHours, "uur", "uur")
        : Count((long)Math.Ceiling(period.TotalMinutes), "minuut", "minuten");

    static string Count(long n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
}
