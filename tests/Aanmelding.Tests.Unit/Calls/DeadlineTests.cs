using Aanmelding.Core.Calls;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Tests.Unit.Calls;

/// <summary>
/// Deadlines are local date-times in the call's IANA zone, compared as instants. Europe/Amsterdam is UTC+02:00 in
/// summer and UTC+01:00 in winter; in 2018 summer time ended on 28 October (03:00 → 02:00) and in 2019 began on
/// 31 March (02:00 → 03:00).
/// </summary>
public class DeadlineTests
{
    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    static CallDefinition SeedCall() => new CallCatalog(new ConfigurationBuilder().Build()).Find(CallCatalog.DefaultCallId)!;

    static CallDefinition CallWithDeadline(string localDeadline) =>
        new CallCatalog(new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>($"Calls:{CallCatalog.DefaultCallId}:Deadline", localDeadline)])
            .Build())
        .Find(CallCatalog.DefaultCallId)!;

    static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void The_seed_deadline_is_friday_13_july_2018_at_21_59_59_UTC_because_of_summer_time()
    {
        var call = SeedCall();

        Assert.Equal(Utc(2018, 7, 13, 21, 59, 59), call.Deadline);
        Assert.Equal(TimeSpan.Zero, call.Deadline.Offset);
    }

    [Fact]
    public void The_deadline_in_the_zone_shows_plus_two_hours_in_summer()
    {
        var inZone = SeedCall().DeadlineInZone;

        Assert.Equal(TimeSpan.FromHours(2), inZone.Offset);
        Assert.Equal(new DateTime(2018, 7, 13, 23, 59, 59), inZone.DateTime);
        Assert.Equal("2018-07-13T23:59:59+02:00", inZone.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_winter_deadline_is_one_hour_ahead_of_UTC()
    {
        var call = CallWithDeadline("2018-12-14T17:00:00");

        Assert.Equal(Utc(2018, 12, 14, 16, 0, 0), call.Deadline);
        Assert.Equal(TimeSpan.FromHours(1), call.DeadlineInZone.Offset);
    }

    [Fact]
    public void Intake_is_open_through_the_last_second_of_the_deadline_and_closed_one_second_later()
    {
        var call = SeedCall();

        Assert.True(call.IsOpenAt(Utc(2018, 7, 13, 21, 59, 58)));
        Assert.True(call.IsOpenAt(Utc(2018, 7, 13, 21, 59, 59)));
        Assert.False(call.IsOpenAt(Utc(2018, 7, 13, 22, 0, 0)));
    }

    [Fact]
    public void The_moment_counts_not_the_offset_it_is_written_in()
    {
        var call = SeedCall();

        Assert.True(call.IsOpenAt(new DateTimeOffset(2018, 7, 13, 23, 59, 59, TimeSpan.FromHours(2))));
        Assert.False(call.IsOpenAt(new DateTimeOffset(2018, 7, 14, 0, 0, 0, TimeSpan.FromHours(2))));
        // 23:59:59 UTC is already 01:59:59 the next morning in Amsterdam.
        Assert.False(call.IsOpenAt(Utc(2018, 7, 13, 23, 59, 59)));
    }

    [Fact]
    public void A_deadline_in_the_spring_forward_gap_moves_forward_by_the_gap_as_clocks_do()
    {
        // 2019-03-31 02:30 does not exist in Amsterdam: at 02:00 the clocks jump to 03:00. It is read as 03:30 summer time.
        var call = CallWithDeadline("2019-03-31T02:30:00");

        Assert.True(Amsterdam.IsInvalidTime(new DateTime(2019, 3, 31, 2, 30, 0)));
        Assert.Equal(Utc(2019, 3, 31, 1, 30, 0), call.Deadline);
        Assert.Equal(new DateTime(2019, 3, 31, 3, 30, 0), call.DeadlineInZone.DateTime);
        Assert.Equal(TimeSpan.FromHours(2), call.DeadlineInZone.Offset);
        Assert.True(call.IsOpenAt(Utc(2019, 3, 31, 1, 29, 59)));
        Assert.False(call.IsOpenAt(Utc(2019, 3, 31, 1, 30, 1)));
    }

    [Fact]
    public void A_deadline_in_the_autumn_overlap_is_the_second_occurrence_in_standard_time()
    {
        // 2018-10-28 02:30 happens twice in Amsterdam: 00:30Z (summer time) and 01:30Z (winter time).
        // TimeZoneInfo.GetUtcOffset picks the standard offset for an ambiguous time, so the later one counts;
        // applicants get the extra hour rather than lose it.
        var call = CallWithDeadline("2018-10-28T02:30:00");

        Assert.True(Amsterdam.IsAmbiguousTime(new DateTime(2018, 10, 28, 2, 30, 0)));
        Assert.Equal(Utc(2018, 10, 28, 1, 30, 0), call.Deadline);
        Assert.Equal(TimeSpan.FromHours(1), call.DeadlineInZone.Offset);
        Assert.True(call.IsOpenAt(Utc(2018, 10, 28, 0, 45, 0)));
        Assert.False(call.IsOpenAt(Utc(2018, 10, 28, 1, 30, 1)));
    }

    [Fact]
    public void The_review_deadline_defaults_to_two_weeks_after_the_deadline_and_the_reminder_three_days_before_it()
    {
        var call = SeedCall();

        Assert.Equal(Utc(2018, 7, 27, 21, 59, 59), call.ReviewDeadline);
        Assert.Equal(Utc(2018, 7, 24, 21, 59, 59), call.ReminderAt);
    }

    [Fact]
    public void The_seed_deadline_reads_in_Dutch_as_friday_13_july_2018_23_59()
    {
        var call = SeedCall();

        Assert.Equal("vrijdag 13 juli 2018, 23:59", DutchDateFormat.Deadline(call.Deadline, call.TimeZone));
        Assert.Equal("vrijdag 13 juli 2018, 23:59 (Nederlandse tijd)", DutchDateFormat.WithZone(call.Deadline, call.TimeZone));
    }

    [Fact]
    public void A_winter_deadline_reads_in_Dutch_in_local_winter_time()
    {
        var call = CallWithDeadline("2018-12-14T17:00:00");

        Assert.Equal("vrijdag 14 december 2018, 17:00", DutchDateFormat.Deadline(call.Deadline, call.TimeZone));
        Assert.Equal("maandag 7 januari 2019, 09:05", DutchDateFormat.Deadline(Utc(2019, 1, 7, 8, 5, 0), Amsterdam));
    }

    [Fact]
    public void Another_zone_is_shown_with_its_IANA_id()
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        Assert.Equal("vrijdag 13 juli 2018, 22:59 (Europe/London)", DutchDateFormat.WithZone(Utc(2018, 7, 13, 21, 59, 59), london));
    }

    [Theory]
    [InlineData(9, "maandag")]
    [InlineData(10, "dinsdag")]
    [InlineData(11, "woensdag")]
    [InlineData(12, "donderdag")]
    [InlineData(13, "vrijdag")]
    [InlineData(14, "zaterdag")]
    [InlineData(15, "zondag")]
    public void Every_day_of_the_week_has_its_Dutch_name(int julyDay, string dayName)
    {
        var noon = Utc(2018, 7, julyDay, 10, 0, 0);

        Assert.Equal($"{dayName} {julyDay} juli 2018, 12:00", DutchDateFormat.Deadline(noon, Amsterdam));
    }

    [Theory]
    [InlineData(1, "januari")]
    [InlineData(2, "februari")]
    [InlineData(3, "maart")]
    [InlineData(4, "april")]
    [InlineData(5, "mei")]
    [InlineData(6, "juni")]
    [InlineData(7, "juli")]
    [InlineData(8, "augustus")]
    [InlineData(9, "september")]
    [InlineData(10, "oktober")]
    [InlineData(11, "november")]
    [InlineData(12, "december")]
    public void Every_month_has_its_Dutch_name(int month, string monthName)
    {
        var text = DutchDateFormat.Deadline(Utc(2018, month, 15, 10, 0, 0), Amsterdam);

        Assert.Contains($" 15 {monthName} 2018, ", text, StringComparison.Ordinal);
    }
}
