using Aanmelding.Contracts;
using Aanmelding.Contracts.Municipalities;
using Aanmelding.Core.Applications;

namespace Aanmelding.Tests.Support;

/// <summary>
/// The one way tests build an application: valid as it is, varied with <c>with</c> or <see cref="Of"/>, and turned into
/// what each kind of test needs: <see cref="Json"/> to post to the API, <see cref="FormFields"/> to post as the browser
/// form, <see cref="Form"/> for the rules, <see cref="Stored"/> as the system holds it.
/// </summary>
public sealed record TestApplication
{
    public const string DefaultMotivation =
        "Onze wijk gaat van het aardgas af en veel bewoners hebben weinig te besteden. Wij willen samen met de " +
        "woningcorporatie en bewonersinitiatieven laten zien dat verduurzaming ook armoede en eenzaamheid kan verminderen.";

    public string ApplicantType { get; init; } = "gemeente";
    public string Organisation { get; init; } = "Gemeente Utrecht";
    public string Municipality { get; init; } = "Utrecht";
    public string Neighbourhood { get; init; } = "Overvecht";
    public int? Homes { get; init; } = 4200;
    public string GasFreeStatus { get; init; } = "aangewezen";
    public IReadOnlyList<string> Challenges { get; init; } = ["armoede", "eenzaamheid"];
    public string Motivation { get; init; } = DefaultMotivation;
    public string? Partners { get; init; } = "Woningcorporatie Mitros, bewonersplatform";
    public string ContactName { get; init; } = "Anne de Vries";
    public string ContactEmail { get; init; } = "projectleider@example.org";
    public string? ContactPhone { get; init; } = "030 123 4567";

    /// <summary>The official name of the <paramref name="index"/>th municipality of 2018 (round the list): a real one for each test that needs many.</summary>
    public static string AnyMunicipality(int index)
    {
        var all = MunicipalityRegister.ForYear(2018).Municipalities;
        return all[((index % all.Count) + all.Count) % all.Count].Name;
    }

    /// <summary>A valid application for another wijk, organisation or contact.</summary>
    public static TestApplication Of(
        string municipality = "Utrecht", string neighbourhood = "Overvecht", string organisation = "Gemeente Utrecht", string email = "projectleider@example.org") =>
        new() { Municipality = municipality, Neighbourhood = neighbourhood, Organisation = organisation, ContactEmail = email };

    /// <summary>The JSON body of <c>POST /api/calls/{callId}/applications</c>, as a dictionary a test may still change.</summary>
    public Dictionary<string, object?> Json() => new()
    {
        ["applicantType"] = ApplicantType,
        ["organisation"] = Organisation,
        ["municipality"] = Municipality,
        ["neighbourhood"] = Neighbourhood,
        ["homes"] = Homes,
        ["gasFreeStatus"] = GasFreeStatus,
        ["challenges"] = Challenges.ToArray(),
        ["motivation"] = Motivation,
        ["partners"] = Partners,
        ["contact"] = new Dictionary<string, object?> { ["name"] = ContactName, ["email"] = ContactEmail, ["phone"] = ContactPhone },
        ["consent"] = true,
    };

    /// <summary>
    /// The fields the browser form posts (the JSON names, nested ones as <c>contact.email</c>), in the form's order;
    /// an optional field left out (null) is not posted.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> FormFields()
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("applicantType", ApplicantType),
            new("organisation", Organisation),
            new("municipality", Municipality),
            new("neighbourhood", Neighbourhood),
        };
        Optional(fields, "homes", Homes?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        fields.Add(new("gasFreeStatus", GasFreeStatus));
        fields.AddRange(Challenges.Select(c => new KeyValuePair<string, string>("challenges", c)));
        fields.Add(new("motivation", Motivation));
        Optional(fields, "partners", Partners);
        fields.Add(new("contact.name", ContactName));
        fields.Add(new("contact.email", ContactEmail));
        Optional(fields, "contact.phone", ContactPhone);
        fields.Add(new("consent", "true"));
        return fields;
    }

    static void Optional(List<KeyValuePair<string, string>> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields.Add(new(name, value));
        }
    }

    public ApplicationForm Form() => new()
    {
        ApplicantType = ApplicantType,
        Organisation = Organisation,
        Municipality = Municipality,
        Neighbourhood = Neighbourhood,
        Homes = Homes,
        GasFreeStatus = GasFreeStatus,
        Challenges = Challenges.ToArray(),
        Motivation = Motivation,
        Partners = Partners,
        Contact = new ContactDetails { Name = ContactName, Email = ContactEmail, Phone = ContactPhone },
        Consent = true,
    };

    /// <summary>The application as the system holds it right after it was submitted (normalised as intake does, the municipality by the 2018 list).</summary>
    public Application Stored(string callId, DateTimeOffset submittedAt, string? id = null)
    {
        var municipality = MunicipalityRegister.ForYear(2018).Resolve(Municipality).Municipality
            ?? throw new InvalidOperationException($"'{Municipality}' is no municipality of 2018.");
        var form = ApplicationFormNormalizer.Normalize(Form()) with { Municipality = municipality.Name };
        return Application.Submit(callId, form, municipality.Code, submittedAt) with { Id = id ?? ApplicationReference.New() };
    }
}
