namespace Aanmelding.Tests.Support;

/// <summary>Valid applications as JSON-ready objects, varied by municipality and wijk.</summary>
public static class SampleApplications
{
    public const string Motivation =
        "Onze wijk gaat van het aardgas af en veel bewoners hebben weinig te besteden. Wij willen samen met de " +
        "woningcorporatie en bewonersinitiatieven laten zien dat verduurzaming ook armoede en eenzaamheid kan verminderen.";

    public static Dictionary<string, object?> Valid(string municipality = "Utrecht", string neighbourhood = "Overvecht", string organisation = "Gemeente Utrecht", string email = "projectleider@example.org") => new()
    {
        ["applicantType"] = "gemeente",
        ["organisation"] = organisation,
        ["municipality"] = municipality,
        ["neighbourhood"] = neighbourhood,
        ["homes"] = 4200,
        ["gasFreeStatus"] = "aangewezen",
        ["challenges"] = new[] { "armoede", "eenzaamheid" },
        ["motivation"] = Motivation,
        ["partners"] = "Woningcorporatie Mitros, bewonersplatform",
        ["contact"] = new Dictionary<string, object?> { ["name"] = "Anne de Vries", ["email"] = email, ["phone"] = "030 123 4567" },
        ["consent"] = true,
    };
}
