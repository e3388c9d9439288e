using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Email;
using Aanmelding.Core.Privacy;
using Aanmelding.Tests.Unit.Email;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Tests.Unit.Privacy;

/// <summary>The privacy notice says what the call's configuration says, and every e-mail links to it.</summary>
public class PrivacyNoticeTests
{
    const string Seed = CallCatalog.DefaultCallId;

    static CallCatalog Catalog(params (string Key, string? Value)[] values) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build());

    [Fact]
    public void Without_settings_a_call_keeps_data_a_year_after_the_selection_and_thirty_days_after_a_withdrawal()
    {
        var call = Catalog().Find(Seed)!;

        Assert.Equal(TimeSpan.FromDays(365), call.Retention);
        Assert.Equal(TimeSpan.FromDays(30), call.WithdrawnRetention);
        var page = PrivacyNoticePage.Render(call);
        Assert.Contains("Tot 365 dagen nadat de selectie definitief is.", page, StringComparison.Ordinal);
        Assert.Contains("dan tot 30 dagen na het intrekken", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notice_names_the_configured_organisers_contact_address_and_periods()
    {
        var call = Catalog(
            ($"Calls:{Seed}:Organisers", "Programmabureau Wijken; Universiteit Oost"),
            ($"Calls:{Seed}:ContactEmail", "privacy@wijken.example"),
            ($"Calls:{Seed}:Retention", "00:02:00"),
            ($"Calls:{Seed}:WithdrawnRetention", "2.00:00:00")).Find(Seed)!;

        var page = PrivacyNoticePage.Render(call);

        Assert.Equal(TimeSpan.FromMinutes(2), call.Retention);
        Assert.Contains("Programmabureau Wijken en Universiteit Oost zijn verantwoordelijk", page, StringComparison.Ordinal);
        Assert.Contains("mailto:privacy@wijken.example", page, StringComparison.Ordinal);
        Assert.Contains("Tot 2 minuten nadat de selectie definitief is.", page, StringComparison.Ordinal);
        Assert.Contains("dan tot 2 dagen na het intrekken", page, StringComparison.Ordinal);
        Assert.Contains($"Versie van deze verklaring: {Consent.CurrentNoticeVersion}.", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1.00:00:00")]
    [InlineData("een jaar")]
    public void A_retention_that_is_no_period_longer_than_zero_stops_the_app_and_names_the_key(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalog(($"Calls:{Seed}:WithdrawnRetention", value)).Find(Seed));

        Assert.Contains($"Calls:{Seed}:WithdrawnRetention", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0, 0, "1 dag")]
    [InlineData(365, 0, 0, "365 dagen")]
    [InlineData(0, 2, 0, "2 uur")]
    [InlineData(0, 0, 2, "2 minuten")]
    [InlineData(0, 0, 1, "1 minuut")]
    [InlineData(1, 2, 0, "26 uur")]
    public void Periods_read_as_Dutch_writes_them(int days, int hours, int minutes, string expected) =>
        Assert.Equal(expected, DutchDuration.Of(new TimeSpan(days, hours, minutes, 0)));

    [Fact]
    public void Every_e_mail_links_the_notice_under_the_public_base_url_in_both_parts()
    {
        var call = EmailTestData.Call() with { PublicBaseUrl = "https://aanmelden.example.nl" };

        var message = EmailTemplates.Acknowledgement(call, EmailTestData.Application(), "https://aanmelden.example.nl/applications/a1b2c3d4?token=t");

        Assert.Contains("privacyverklaring): https://aanmelden.example.nl/privacy/kwetsbare-wijken-2018", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://aanmelden.example.nl/privacy/kwetsbare-wijken-2018\"", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_submitted_application_records_consent_to_the_current_notice_at_its_submission_time()
    {
        var at = new DateTimeOffset(2018, 7, 2, 8, 30, 0, TimeSpan.Zero);

        var app = Application.Submit(Seed, EmailTestData.Application().Form, "GM0479", at);

        Assert.Equal(new Consent(Consent.CurrentNoticeVersion, at), app.Consent);
    }
}
