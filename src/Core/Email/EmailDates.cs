using System.Globalization;

namespace Aanmelding.Core.Email;

/// <summary>Dates in Dutch for e-mails, e.g. "vrijdag 13 juli 2018, 23:59 uur", in the call's time zone.</summary>
internal static class EmailDates
{
    static readonly string[] Days = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>"vrijdag 13 juli 2018, 23:59 uur": the instant as the clock in <paramref name="zone"/> shows it.</summary>
    public static string DateTime(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{Date(local)}, {local.Hour:00}:{local.Minute:00} uur");
    }

    /// <summary>"vrijdag 13 juli 2018": the day in <paramref name="zone"/>.</summary>
    public static string Date(DateTimeOffset instant, TimeZoneInfo zone) => Date(TimeZoneInfo.ConvertTime(instant, zone));

    static string Date(DateTimeOffset local) =>
        string.Create(CultureInfo.InvariantCulture, $"{Days[(int)local.DayOfWeek]} {local.Day} {Months[local.Month - 1]} {local.Year}");
}
