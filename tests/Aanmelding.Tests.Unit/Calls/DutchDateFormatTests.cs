using Aanmelding.Core.Calls;
using Aanmelding.Tests.Unit.Email;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Calls;

/// <summary>Moments in Dutch, as pages and e-mails show them (one formatter for both).</summary>
public sealed class DutchDateFormatTests
{
    static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public void The_seed_deadline_reads_as_friday_evening_without_uur_after_the_colon()
    {
        Assert.Equal("vrijdag 13 juli 2018, 23:59", DutchDateFormat.Deadline(EmailTestData.Call().Deadline, Amsterdam));
    }

    [Theory]
    [InlineData("2018-01-01T11:00:00Z", "maandag 1 januari 2018, 12:00")]
    [InlineData("2018-03-25T00:59:00Z", "zondag 25 maart 2018, 01:59")]
    [InlineData("2018-03-25T01:00:00Z", "zondag 25 maart 2018, 03:00")]
    [InlineData("2018-10-28T00:30:00Z", "zondag 28 oktober 2018, 02:30")]
    [InlineData("2018-12-31T22:59:00Z", "maandag 31 december 2018, 23:59")]
    [InlineData("2018-12-31T23:00:00Z", "dinsdag 1 januari 2019, 00:00")]
    public void Instants_are_shown_as_the_clock_in_the_zone_shows_them(string instant, string expected)
    {
        Assert.Equal(expected, DutchDateFormat.Deadline(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture), Amsterdam));
    }
}
