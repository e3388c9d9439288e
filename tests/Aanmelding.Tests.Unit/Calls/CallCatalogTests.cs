using Aanmelding.Core.Calls;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Tests.Unit.Calls;

public class CallCatalogTests
{
    const string Seed = CallCatalog.DefaultCallId;

    static IConfigurationRoot Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();

    static CallCatalog Catalog(params (string Key, string? Value)[] values) => new(Configuration(values));

    static InvalidOperationException Invalid(string key, string value) =>
        Assert.Throws<InvalidOperationException>(() => Catalog(($"Calls:{Seed}:{key}", value)).Find(Seed));

    [Fact]
    public void Without_configuration_the_seed_call_has_the_2018_values()
    {
        var call = Catalog().Find(Seed);

        Assert.NotNull(call);
        Assert.Equal("kwetsbare-wijken-2018", call.Id);
        Assert.Equal("Verduurzaming van kwetsbare wijken", call.Title);
        Assert.Equal(["Platform31", "Nyenrode Business Universiteit"], call.Organisers);
        Assert.Equal(12, call.Capacity);
        Assert.True(call.OnePerMunicipality);
        Assert.Equal(["gemeente", "woningcorporatie"], call.ApplicantTypes);
        Assert.Equal("Europe/Amsterdam", call.TimeZone.Id);
        Assert.Equal(new DateTime(2018, 7, 13, 23, 59, 59), call.DeadlineLocal);
        Assert.Equal(new DateTime(2018, 7, 27, 23, 59, 59), call.ReviewDeadlineLocal);
        Assert.Equal(3, call.ReminderDaysBeforeReviewDeadline);
        Assert.Equal(["coordinator@example.org"], call.Coordinators);
    }

    [Fact]
    public void The_seed_call_is_the_only_call_without_configuration()
    {
        var catalog = Catalog();

        Assert.Equal([Seed], catalog.All.Select(call => call.Id));
    }

    [Theory]
    [InlineData("onbekend")]
    [InlineData("Kwetsbare-Wijken-2018")]
    [InlineData("kwetsbare-wijken-2018 ")]
    [InlineData("")]
    public void Unknown_ids_find_nothing_and_ids_are_case_sensitive(string callId)
    {
        Assert.Null(Catalog().Find(callId));
    }

    [Fact]
    public void Configuration_overrides_each_key_of_the_seed_call()
    {
        var call = Catalog(
            ($"Calls:{Seed}:Title", "Kwetsbare wijken, tweede ronde"),
            ($"Calls:{Seed}:Organisers:0", "Platform31"),
            ($"Calls:{Seed}:Capacity", "8"),
            ($"Calls:{Seed}:OnePerMunicipality", "false"),
            ($"Calls:{Seed}:ApplicantTypes:0", "gemeente"),
            ($"Calls:{Seed}:TimeZone", "Europe/London"),
            ($"Calls:{Seed}:Deadline", "2026-12-01T17:00:00"),
            ($"Calls:{Seed}:ReviewDeadline", "2027-01-15T12:00:00"),
            ($"Calls:{Seed}:ReminderDaysBeforeReviewDeadline", "5"),
            ($"Calls:{Seed}:Coordinators:0", "anna@platform31.nl"),
            ($"Calls:{Seed}:Coordinators:1", "bram@nyenrode.nl"),
            ($"Calls:{Seed}:ReviewRequestDigest", "true")).Find(Seed)!;

        Assert.Equal("Kwetsbare wijken, tweede ronde", call.Title);
        Assert.Equal(["Platform31"], call.Organisers);
        Assert.Equal(8, call.Capacity);
        Assert.False(call.OnePerMunicipality);
        Assert.Equal(["gemeente"], call.ApplicantTypes);
        Assert.Equal("Europe/London", call.TimeZone.Id);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero), call.Deadline);
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 12, 0, 0, TimeSpan.Zero), call.ReviewDeadline);
        Assert.Equal(5, call.ReminderDaysBeforeReviewDeadline);
        Assert.Equal(["anna@platform31.nl", "bram@nyenrode.nl"], call.Coordinators);
        Assert.True(call.ReviewRequestDigest);
        Assert.False(Catalog().Find(Seed)!.ReviewRequestDigest);
    }

    [Fact]
    public void Moving_only_the_deadline_keeps_the_other_seed_values_and_the_review_deadline_follows()
    {
        var call = Catalog(($"Calls:{Seed}:Deadline", "2026-12-01T17:00:00")).Find(Seed)!;

        Assert.Equal("Verduurzaming van kwetsbare wijken", call.Title);
        Assert.Equal(12, call.Capacity);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.Zero), call.Deadline);
        Assert.Equal(new DateTime(2026, 12, 15, 17, 0, 0), call.ReviewDeadlineLocal);
    }

    [Fact]
    public void The_environment_variable_of_the_design_moves_the_seed_deadline()
    {
        var prefix = $"AANMELDING_TEST_{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable(prefix + "Calls__kwetsbare-wijken-2018__Deadline", "2026-12-01T17:00:00");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();

            var call = new CallCatalog(configuration).Find(Seed)!;

            Assert.Equal(new DateTime(2026, 12, 1, 17, 0, 0), call.DeadlineLocal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Calls__kwetsbare-wijken-2018__Deadline", null);
        }
    }

    [Fact]
    public void A_list_may_also_be_one_value_separated_by_commas_or_semicolons()
    {
        var call = Catalog(($"Calls:{Seed}:Coordinators", " anna@platform31.nl; bram@nyenrode.nl ,carla@platform31.nl")).Find(Seed)!;

        Assert.Equal(["anna@platform31.nl", "bram@nyenrode.nl", "carla@platform31.nl"], call.Coordinators);
    }

    [Fact]
    public void A_second_call_configured_alongside_takes_the_seed_defaults_for_what_it_leaves_out()
    {
        var catalog = Catalog(
            ("Calls:wijkaanpak-2019:Title", "Wijkaanpak 2019"),
            ("Calls:wijkaanpak-2019:Capacity", "20"),
            ("Calls:wijkaanpak-2019:Deadline", "2019-03-01T12:00:00"));

        var call = catalog.Find("wijkaanpak-2019");

        Assert.NotNull(call);
        Assert.Equal("Wijkaanpak 2019", call.Title);
        Assert.Equal(20, call.Capacity);
        Assert.Equal(new DateTimeOffset(2019, 3, 1, 11, 0, 0, TimeSpan.Zero), call.Deadline);
        Assert.Equal(["Platform31", "Nyenrode Business Universiteit"], call.Organisers);
        Assert.Equal("Europe/Amsterdam", call.TimeZone.Id);
        Assert.Equal(["coordinator@example.org"], call.Coordinators);
        Assert.Equal([Seed, "wijkaanpak-2019"], catalog.All.Select(c => c.Id));
        Assert.Equal("Verduurzaming van kwetsbare wijken", catalog.Find(Seed)!.Title);
    }

    [Fact]
    public void A_second_call_without_a_title_is_a_configuration_error_naming_the_key()
    {
        var catalog = Catalog(("Calls:wijkaanpak-2019:Capacity", "20"));

        var error = Assert.Throws<InvalidOperationException>(() => catalog.Find("wijkaanpak-2019"));
        Assert.Contains("Calls:wijkaanpak-2019:Title", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => catalog.All);
    }

    [Fact]
    public void A_call_id_that_cannot_appear_in_a_url_or_storage_key_is_a_configuration_error()
    {
        var catalog = Catalog(("Calls:wijk aanpak#1:Title", "Wijkaanpak"));

        var error = Assert.Throws<InvalidOperationException>(() => catalog.All);
        Assert.Contains("wijk aanpak#1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13-07-2018 23:59")]
    [InlineData("2018-07-13")]
    [InlineData("2018-07-32T23:59:59")]
    [InlineData("morgen")]
    public void A_deadline_that_is_not_a_local_date_time_is_a_configuration_error_naming_the_key(string value)
    {
        var error = Invalid("Deadline", value);

        Assert.Contains($"Calls:{Seed}:Deadline", error.Message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-ddTHH:mm:ss", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018-07-13T23:59:59+02:00")]
    [InlineData("2018-07-13T21:59:59Z")]
    [InlineData("2018-07-13T23:59:59.000+0200")]
    public void A_deadline_with_an_offset_is_refused_with_a_message_that_says_so(string value)
    {
        var error = Invalid("Deadline", value);

        Assert.Contains($"Calls:{Seed}:Deadline", error.Message, StringComparison.Ordinal);
        Assert.Contains("offset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_deadline_with_a_bad_date_or_before_the_deadline_is_a_configuration_error()
    {
        Assert.Contains($"Calls:{Seed}:ReviewDeadline", Invalid("ReviewDeadline", "2018-07-30").Message, StringComparison.Ordinal);
        Assert.Contains($"Calls:{Seed}:ReviewDeadline", Invalid("ReviewDeadline", "2018-07-01T12:00:00").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_time_zone_is_a_configuration_error_naming_the_key()
    {
        var error = Invalid("TimeZone", "Europe/Atlantis");

        Assert.Contains($"Calls:{Seed}:TimeZone", error.Message, StringComparison.Ordinal);
        Assert.Contains("Europe/Atlantis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_time_zone_id_is_read_as_its_IANA_zone()
    {
        var call = Catalog(($"Calls:{Seed}:TimeZone", "W. Europe Standard Time")).Find(Seed)!;

        Assert.Equal("Europe/Amsterdam", call.TimeZone.Id);
        Assert.Equal(new DateTimeOffset(2018, 7, 13, 21, 59, 59, TimeSpan.Zero), call.Deadline);
    }

    [Theory]
    [InlineData("Capacity", "0")]
    [InlineData("Capacity", "-1")]
    [InlineData("Capacity", "twaalf")]
    [InlineData("Capacity", "12.5")]
    [InlineData("ReminderDaysBeforeReviewDeadline", "-1")]
    [InlineData("OnePerMunicipality", "ja")]
    [InlineData("ApplicantTypes:0", "provincie")]
    [InlineData("Coordinators:0", "coordinator at example.org")]
    public void Invalid_values_are_configuration_errors_naming_the_key(string key, string value)
    {
        var error = Invalid(key, value);

        var listKey = key.Split(':')[0];
        Assert.Contains($"Calls:{Seed}:{listKey}", error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_changed_in_configuration_is_honoured_without_a_restart()
    {
        var configuration = Configuration(($"Calls:{Seed}:Deadline", "2018-07-13T23:59:59"));
        var catalog = new CallCatalog(configuration);
        var someDayIn2026 = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.False(catalog.Find(Seed)!.IsOpenAt(someDayIn2026));

        configuration[$"Calls:{Seed}:Deadline"] = "2026-12-01T17:00:00";

        var call = catalog.Find(Seed)!;
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 16, 0, 0, TimeSpan.Zero), call.Deadline);
        Assert.True(call.IsOpenAt(someDayIn2026));
    }

    [Fact]
    public void A_call_added_to_configuration_while_running_can_be_found()
    {
        var configuration = Configuration();
        var catalog = new CallCatalog(configuration);
        Assert.Null(catalog.Find("wijkaanpak-2019"));

        configuration["Calls:wijkaanpak-2019:Title"] = "Wijkaanpak 2019";

        Assert.Equal("Wijkaanpak 2019", catalog.Find("wijkaanpak-2019")?.Title);
        Assert.Equal(2, catalog.All.Count);
    }

    [Fact]
    public void A_call_takes_its_municipalities_from_the_list_of_its_year_2018_unless_configured()
    {
        var call = Catalog().Find(Seed)!;

        Assert.Equal(2018, call.MunicipalityYear);
        Assert.Equal(380, call.Municipalities.Municipalities.Count);
        Assert.Equal(2018, Catalog(($"Calls:{Seed}:MunicipalityYear", "2018")).Find(Seed)!.MunicipalityYear);
    }

    [Fact]
    public void A_year_for_which_no_list_is_shipped_stops_the_call_with_a_message_that_names_the_years_there_are()
    {
        var error = Invalid("MunicipalityYear", "2031");

        Assert.Contains("MunicipalityYear", error.Message, StringComparison.Ordinal);
        Assert.Contains("2031", error.Message, StringComparison.Ordinal);
        Assert.Contains("2018", error.Message, StringComparison.Ordinal);
        Invalid("MunicipalityYear", "twintig");
    }
}
