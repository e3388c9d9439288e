using Aanmelding.Contracts;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Intake;

namespace Aanmelding.Tests.Unit.Email;

/// <summary>The seed call and applications for e-mail tests.</summary>
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
    };

    public static SubmittedApplication Application() => new()
    {
        Id = "a1b2c3d4",
        CallId = "kwetsbare-wijken-2018",
        SubmittedAt = new DateTimeOffset(2018, 7, 2, 8, 30, 0, TimeSpan.Zero),
        Status = ApplicationStatus.Submitted,
        Form = new ApplicationForm
        {
            ApplicantType = "woningcorporatie",
            Organisation = "Woonstichting De Vaart",
            Municipality = "Zaanstad",
            Neighbourhood = "Poelenburg",
            Homes = 12500,
            GasFreeStatus = "in-voorbereiding",
            Challenges = ["armoede", "eenzaamheid"],
            Motivation = "Wij willen de wijk samen met de bewoners aardgasvrij maken.\nTweede regel van de motivatie.",
            Partners = "Gemeente Zaanstad, bewonersvereniging",
            Contact = new ContactDetails { Name = "Jan de Vries", Email = "contact@example.org", Phone = "0612345678" },
            Consent = true,
        },
    };

    /// <summary>An application whose every free-text field tries to inject markup.</summary>
    public static SubmittedApplication Hostile() => Application() with
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
