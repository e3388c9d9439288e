namespace Aanmelding.Demo;

/// <summary>A sample applicant, what the coordinators will decide about it, and what the submission answered.</summary>
internal sealed record DemoApplicant(
    string ApplicantType,
    string Organisation,
    string Municipality,
    string Neighbourhood,
    int Homes,
    string GasFreeStatus,
    string[] Challenges,
    string Motivation,
    string ContactName,
    string ContactEmail,
    string Decision,
    int? Score,
    string? ChallengesOther = null)
{
    public string Id { get; set; } = "";

    public object Form() => new
    {
        applicantType = ApplicantType,
        organisation = Organisation,
        municipality = Municipality,
        neighbourhood = Neighbourhood,
        homes = Homes,
        gasFreeStatus = GasFreeStatus,
        challenges = Challenges,
        challengesOther = ChallengesOther,
        motivation = Motivation,
        partners = "Bewonersorganisatie, welzijnsorganisatie en de netbeheerder",
        contact = new { name = ContactName, email = ContactEmail, phone = "030 123 4567" },
        consent = true,
    };
}
