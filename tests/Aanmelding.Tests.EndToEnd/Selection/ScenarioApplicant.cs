using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Selection;

/// <summary>One applicant of the played call, with what the submission answered.</summary>
public sealed record ScenarioApplicant(string Organisation, string ApplicantType, string Municipality, string Neighbourhood, string Email)
{
    public string Id { get; set; } = "";
    public string StatusUrl { get; set; } = "";

    public Dictionary<string, object?> Form() =>
        (TestApplication.Of(Municipality, Neighbourhood, Organisation, Email) with { ApplicantType = ApplicantType }).Json();
}
