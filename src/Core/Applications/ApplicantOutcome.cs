using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Applications;

/// <summary>
/// What an applicant is told about the outcome, in words a programme officer would sign: never the internal reason
/// (<see cref="Application.OutcomeReason"/>, with its rank and score), never a score, rank or note. Not selected has two
/// reasons an applicant may know: the one-per-municipality rule (the application was approved, so only that rule can
/// have kept it out), or the review.
/// </summary>
public static class ApplicantOutcome
{
    /// <param name="selectedCount">How many wijken were selected, when known; otherwise the call's capacity is not named.</param>
    /// <exception cref="ArgumentException">The application has no final outcome.</exception>
    public static string Explanation(Application app, CallDefinition call, int? selectedCount = null)
    {
        var title = $"\u201c{call.Title}\u201d";
        return app.Outcome switch
        {
            ApplicationStatus.Selected => selectedCount switch
            {
                1 => $"Uw aanmelding is geselecteerd: de wijk doet mee aan {title}, als de enige deelnemende wijk.",
                { } count => $"Uw aanmelding is geselecteerd: de wijk doet mee aan {title}, als een van de {count} deelnemende wijken.",
                null => $"Uw aanmelding is geselecteerd: de wijk doet mee aan {title}.",
            },
            ApplicationStatus.Reserve =>
                "De beoordelaars vinden uw aanmelding goed, maar alle plaatsen zijn vergeven. Uw aanmelding staat daarom op de reservelijst. " +
                "Dat betekent: valt een geselecteerde wijk af, dan bieden wij de plaats aan de eerstvolgende op de reservelijst aan. " +
                "Als dat uw wijk is, nemen wij contact met u op.",
            ApplicationStatus.NotSelected when app.Decision == Decision.Approved && call.OnePerMunicipality =>
                $"Aan {title} kan per gemeente één wijk meedoen. Uit de gemeente {app.Form.Municipality} is een andere wijk geselecteerd; " +
                "daarom kon uw aanmelding niet worden geselecteerd. Dat zegt niets over de kwaliteit van uw aanmelding.",
            ApplicationStatus.NotSelected =>
                $"Er waren meer aanmeldingen dan plaatsen in {title}. Na zorgvuldige beoordeling is uw aanmelding helaas niet geselecteerd.",
            _ => throw new ArgumentException("The application has no final outcome yet.", nameof(app)),
        };
    }
}
