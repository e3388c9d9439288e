using System.Globalization;
using Aanmelding.Contracts;

namespace Aanmelding.Core.Intake;

/// <summary>Turns posted form fields (the JSON names, nested as <c>contact.email</c>) into an <see cref="ApplicationForm"/>.</summary>
public static class FormBinding
{
    public const string IdempotencyField = "idempotencyKey";

    /// <summary>The change form's version: the one it was filled in on (<see cref="Applications.Application.Version"/>).</summary>
    public const string VersionField = "version";

    /// <summary>The honeypot: invisible to people, irresistible to form-filling bots.</summary>
    public const string TrapField = "website";

    /// <summary>
    /// Every mistake at once, for a form with fields that did not bind: the binding's own, and the rules that could be
    /// checked on what did bind.
    /// </summary>
    public static Dictionary<string, string[]> AllErrors(ApplicationForm form, IReadOnlyDictionary<string, string[]> bindingErrors, Calls.CallDefinition call)
    {
        var all = new Dictionary<string, string[]>(ApplicationValidator.Validate(ApplicationFormNormalizer.Normalize(form), call.ApplicantTypes, call.Municipalities));
        foreach (var (field, messages) in bindingErrors)
        {
            all[field] = messages;
        }

        return all;
    }

    public static ApplicationForm Bind(FormValues values, out Dictionary<string, string[]> errors)
    {
        errors = [];
        int? homes = null;
        var homesText = values["homes"].Trim();
        if (homesText.Length > 0)
        {
            if (int.TryParse(homesText.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                homes = parsed;
            }
            else
            {
                errors["homes"] = ["Vul het aantal woningen in als heel getal, bijvoorbeeld 1200."];
            }
        }

        return new ApplicationForm
        {
            ApplicantType = NullIfEmpty(values["applicantType"]),
            Organisation = NullIfEmpty(values["organisation"]),
            Municipality = NullIfEmpty(values["municipality"]),
            Neighbourhood = NullIfEmpty(values["neighbourhood"]),
            Homes = homes,
            GasFreeStatus = NullIfEmpty(values["gasFreeStatus"]),
            Challenges = values.All("challenges"),
            ChallengesOther = NullIfEmpty(values["challengesOther"]),
            Motivation = NullIfEmpty(values["motivation"]),
            Partners = NullIfEmpty(values["partners"]),
            Contact = new ContactDetails
            {
                Name = NullIfEmpty(values["contact.name"]),
                Email = NullIfEmpty(values["contact.email"]),
                Phone = NullIfEmpty(values["contact.phone"]),
            },
            Consent = values.All("consent").Contains("true"),
        };
    }

    static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
