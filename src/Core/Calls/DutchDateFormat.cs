using System.Globalization;

namespace Aanmelding.Core.Calls;

/// <summary>
/// Moments as Dutch people read them, on pages and in e-mails alike: "vrijdag 13 juli 2018, 23:59" (no "uur" after a
/// time written with a colon, as Dutch style has it). The day and month names are written out here rather than taken
/// from the nl-NL culture, so the text does not depend on the ICU data of the machine.
/// </summary>
public static class DutchDateFormat
{
    public const string AmsterdamZoneId = "Europe/Amsterdam";

    static readonly string[] DayNames = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>The instant as wall-clock time in <paramref name="zone"/>, e.g. "vrijdag 13 juli 2018, 23:59".</summary>
    public static string Deadline(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{Day(local)}, {local:HH:mm}");
    }

    /// <summary>The day in <paramref name="zone"/>, e.g. "vrijdag 13 juli 2018".</summary>
    public static string Date(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Day(TimeZoneInfo.ConvertTime(instant, zone));
    }

    static string Day(DateTimeOffset local) =>
        string.Create(CultureInfo.InvariantCulture, $"{DayNames[(int)local.DayOfWeek]} {local.Day} {MonthNames[local.Month - 1]} {local.Year}");

    /// <summary>
    /// As <see cref="Deadline"/>, followed by the zone: "(Nederlandse tijd)" for Europe/Amsterdam, otherwise the
    /// IANA id in brackets, e.g. "(Europe/London)".
    /// </summary>
    public static string WithZone(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"{Deadline(instant, zone)} ({ZoneName(zone)})";
    }

    static string ZoneName(TimeZoneInfo zone)
    {
        var id = zone.Id;
        if (!zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(id, "NL", out var ianaId))
        {
            id = ianaId;
        }

        return string.Equals(id, AmsterdamZoneId, StringComparison.Ordinal) ? "Nederlandse tijd" : id;
    }
}
