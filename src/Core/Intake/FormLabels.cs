namespace Aanmelding.Core.Intake;

/// <summary>
/// What the form calls each of its fields, in the order it shows them: the form's labels, and the names under which a
/// late applicant sees what was typed (<see cref="LateSubmissionPage"/>).
/// </summary>
public static class FormLabels
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Fields =
    [
        new("applicantType", "Soort organisatie"),
        new("organisation", "Naam van de organisatie"),
        new("municipality", "Gemeente"),
        new("neighbourhood", "Wijk"),
        new("homes", "Aantal woningen (niet verplicht)"),
        new("gasFreeStatus", "Is de wijk aangewezen om van het aardgas af te gaan?"),
        new("challenges", "Welke opgaven spelen er in de wijk?"),
        new("challengesOther", "Andere opgave (als u Anders koos)"),
        new("motivation", "Motivatie"),
        new("partners", "Samenwerkingspartners (niet verplicht)"),
        new("attachments", "Bijlagen (niet verplicht)"),
        new("contact.name", "Naam"),
        new("contact.email", "E-mailadres"),
        new("contact.phone", "Telefoonnummer (niet verplicht)"),
        new("consent", "Toestemming"),
    ];

    public static string For(string field) => Fields.First(f => f.Key == field).Value;

    /// <summary>Where a field stands in the form (unknown ones last), so the error summary reads as the form does.</summary>
    public static int Position(string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Key == field)
            {
                return i;
            }
        }

        return Fields.Count;
    }
}
