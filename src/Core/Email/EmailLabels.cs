using Aanmelding.Contracts;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Email;

/// <summary>The Dutch words for an application's coded values (the form's own labels) and for counts of applications.</summary>
internal static class EmailLabels
{
    public static string ApplicantType(string? value) => value is null ? string.Empty : ApplicationChoices.Label(ApplicationChoices.ApplicantTypes, value);

    public static string GasFreeStatus(string? value) => value is null ? string.Empty : ApplicationChoices.Label(ApplicationChoices.GasFreeStatuses, value);

    public static string Challenges(IReadOnlyList<string>? values, string? other) =>
        values is null ? string.Empty : DutchList.Join(ApplicationChoices.ChallengeLabels(values, other));

    /// <summary>"geen aanmeldingen", "1 aanmelding", "3 aanmeldingen".</summary>
    public static string Applications(int count) => count switch
    {
        0 => "geen aanmeldingen",
        1 => "1 aanmelding",
        _ => $"{count} aanmeldingen",
    };

    /// <summary>"wacht nog 1 aanmelding", "wachten nog 3 aanmeldingen": the verb agrees with the count.</summary>
    public static string StillWaiting(int count) => count == 1 ? "wacht nog 1 aanmelding" : $"wachten nog {Applications(count)}";
}
