using System.Globalization;
using Aanmelding.Contracts;
using Microsoft.Extensions.Primitives;

namespace Aanmelding.Core.Intake;

/// <summary>What was typed into the form, exactly as posted, so a form shown again keeps all of it.</summary>
public sealed class FormValues(IReadOnlyDictionary<string, StringValues> values)
{
    public static FormValues Empty { get; } = new(new Dictionary<string, StringValues>());

    /// <summary>A stored application as the form would post it: the change form opens with every answer filled in.</summary>
    public static FormValues Of(ApplicationForm form) => new(new Dictionary<string, StringValues>
    {
        ["applicantType"] = form.ApplicantType,
        ["organisation"] = form.Organisation,
        ["municipality"] = form.Municipality,
        ["neighbourhood"] = form.Neighbourhood,
        ["homes"] = form.Homes?.ToString(CultureInfo.InvariantCulture),
        ["gasFreeStatus"] = form.GasFreeStatus,
        ["challenges"] = new StringValues(form.Challenges?.ToArray() ?? []),
        ["challengesOther"] = form.ChallengesOther,
        ["motivation"] = form.Motivation,
        ["partners"] = form.Partners,
        ["contact.name"] = form.Contact?.Name,
        ["contact.email"] = form.Contact?.Email,
        ["contact.phone"] = form.Contact?.Phone,
        ["consent"] = form.Consent == true ? "true" : null,
    });

    public string this[string name] => values.TryGetValue(name, out var v) ? v.ToString() : "";

    public IReadOnlyList<string> All(string name) =>
        values.TryGetValue(name, out var v) ? v.Where(s => s is not null).Select(s => s!).ToList() : [];
}
