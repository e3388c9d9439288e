using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Calls;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Email;

/// <summary>The seed call, and the applications e-mail tests show (built with <see cref="TestApplication"/>).</summary>
internal static class EmailTestData
{
    public const string Script = "<script>alert(1)</script>";

    public static CallDefinition Call() => new()
    {
        Id = "kwetsbare-wijken-2018",
        Title = "Verduurzaming van kwetsbare wijken",
        Organisers = ["Platform31", "Nyenrode Business Universiteit"],
        Capacity = 12,
        OnePerMunicipality = true,
        ApplicantTypes = ["gemeente", "woningcorporatie"],
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"),
        DeadlineLocal = new DateTime(2018, 7, 13, 23, 59, 59),
        ReviewDeadlineLocal = new DateTime(2018, 7, 27, 23, 59, 59),
        ReminderDaysBeforeReviewDeadline = 3,
        Coordinators = ["coordinator@example.org"],
        MunicipalityYear = 2018,
        ContactEmail = "kwetsbare-wijken@platform31.example",
    };

    /// <summary>A housing corporation's application in Zaanstad, submitted on 2 July 2018.</summary>
    public static Application Application() =>
        new TestApplication
        {
            ApplicantType = "woningcorporatie",
            Organisation = "Woonstichting De Vaart",
            Municipality = "Zaanstad",
            Neighbourhood = "Poelenburg",
            Homes = 12500,
            GasFreeStatus = "in-voorbereiding",
            Motivation = "Wij willen de wijk samen met de bewoners aardgasvrij maken.\nTweede regel van de motivatie.",
            Partners = "Gemeente Zaanstad, bewonersvereniging",
            ContactName = "Jan de Vries",
            ContactEmail = "contact@example.org",
            ContactPhone = "0612345678",
        }.Stored("kwetsbare-wijken-2018", new DateTimeOffset(2018, 7, 2, 8, 30, 0, TimeSpan.Zero), id: "a1b2c3d4");

    /// <summary>An application whose every free-text field tries to inject markup.</summary>
    public static Application Hostile() => Application() with
    {
        Form = Application().Form with
        {
            Organisation = $"Acme \"Wonen\" {Script}",
            Municipality = $"Zaan\"stad{Script}",
            Neighbourhood = $"Poelen<burg>{Script}",
            Motivation = $"Motivatie met {Script} en \"aanhalingstekens\" en <b>vet</b>.",
            Partners = $"Partner {Script}",
            Contact = new ContactDetails { Name = $"Piet {Script}", Email = "contact@example.org" },
        },
        OutcomeReason = $"Reden {Script}",
    };
}
