namespace Aanmelding.Contracts;

/// <summary>
/// The allowed values of the choice fields (DESIGN §4), in display order, each with the Dutch label that the
/// form page and the e-mails show. The key is the wire value, the value is the label.
/// </summary>
public static class ApplicationChoices
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> ApplicantTypes =
    [
        new("gemeente", "Gemeente"),
        new("woningcorporatie", "Woningcorporatie"),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, string>> GasFreeStatuses =
    [
        new("aangewezen", "Aangewezen als aardgasvrije wijk"),
        new("in-voorbereiding", "Aanwijzing in voorbereiding"),
        new("nee", "Nog niet aangewezen"),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, string>> Challenges =
    [
        new("onveiligheid", "Onveiligheid"),
        new("armoede", "Armoede"),
        new("werkloosheid", "Werkloosheid"),
        new("schulden", "Schulden"),
        new("eenzaamheid", "Eenzaamheid"),
        new(OtherChallenge, "Anders"),
    ];

    /// <summary>The challenge that comes with its own text (<see cref="ApplicationForm.ChallengesOther"/>).</summary>
    public const string OtherChallenge = "anders";

    /// <summary>The chosen challenges as Dutch labels, "Anders" with what it stands for.</summary>
    public static IReadOnlyList<string> ChallengeLabels(IReadOnlyList<string>? values, string? other) =>
        (values ?? []).Select(value => value == OtherChallenge && !string.IsNullOrEmpty(other) ? $"Anders: {other}" : Label(Challenges, value)).ToList();

    /// <summary>Whether <paramref name="value"/> is exactly (ordinal) one of the wire values in <paramref name="choices"/>.</summary>
    public static bool Contains(IReadOnlyList<KeyValuePair<string, string>> choices, string? value)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return value is not null && choices.Any(choice => string.Equals(choice.Key, value, StringComparison.Ordinal));
    }

    /// <summary>The Dutch label of a wire value, or the value itself when it is not one of the choices.</summary>
    public static string Label(IReadOnlyList<KeyValuePair<string, string>> choices, string value)
    {
        ArgumentNullException.ThrowIfNull(choices);
        foreach (var choice in choices)
        {
            if (string.Equals(choice.Key, value, StringComparison.Ordinal))
            {
                return choice.Value;
            }
        }

        return value;
    }
}
