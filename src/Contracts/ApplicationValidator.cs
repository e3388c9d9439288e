using System.Globalization;
using System.Net.Mail;
using System.Text;
using Aanmelding.Contracts.Municipalities;

namespace Aanmelding.Contracts;

/// <summary>
/// The rules of DESIGN §4. Errors are keyed by JSON field path (<c>contact.email</c>) and written in Dutch for the
/// applicant; an empty dictionary means the form is valid. The form is normalised first
/// (<see cref="ApplicationFormNormalizer"/>), so lengths are counted after trimming, with a line break as one
/// character, in UTF-16 code units (<see cref="string.Length"/>; an emoji counts as two). The municipality is not
/// free text: it must be one of the call's year's list (<see cref="MunicipalityRegister.Resolve"/>: a CBS code, the
/// official name or an alias), and a near miss gets the register's suggestion.
/// </summary>
public static class ApplicationValidator
{
    public const int OrganisationMin = 2;
    public const int OrganisationMax = 200;
    public const int MunicipalityMax = 100;
    public const int NeighbourhoodMin = 2;
    public const int NeighbourhoodMax = 100;
    public const int HomesMin = 1;
    public const int HomesMax = 200_000;
    public const int MotivationMin = 100;
    public const int MotivationMax = 5000;
    public const int PartnersMax = 2000;
    public const int ChallengesOtherMax = 200;
    public const int ContactNameMin = 2;
    public const int ContactNameMax = 100;
    public const int EmailMax = 254;
    public const int PhoneMin = 6;
    public const int PhoneMax = 30;

    static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyDictionary<string, string[]> Validate(
        ApplicationForm form, IReadOnlyCollection<string> allowedApplicantTypes, MunicipalityRegister municipalities)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(allowedApplicantTypes);
        ArgumentNullException.ThrowIfNull(municipalities);

        var normalized = ApplicationFormNormalizer.Normalize(form);
        var errors = new Errors();

        ApplicantType(normalized.ApplicantType, allowedApplicantTypes, errors);
        RequiredText(errors, "organisation", normalized.Organisation, OrganisationMin, OrganisationMax,
            "Vul de naam van uw organisatie in", "De naam van uw organisatie", multiLine: false);
        Municipality(normalized.Municipality, municipalities, errors);
        RequiredText(errors, "neighbourhood", normalized.Neighbourhood, NeighbourhoodMin, NeighbourhoodMax,
            "Vul de naam van de wijk in", "De naam van de wijk", multiLine: false);
        Homes(normalized.Homes, errors);
        GasFreeStatus(normalized.GasFreeStatus, errors);
        Challenges(normalized.Challenges, errors);
        ChallengesOther(normalized.Challenges, normalized.ChallengesOther, errors);
        RequiredText(errors, "motivation", normalized.Motivation, MotivationMin, MotivationMax,
            "Vul uw motivatie in", "Uw motivatie", multiLine: true);
        OptionalText(errors, "partners", normalized.Partners, PartnersMax, "De beschrijving van de samenwerkingspartners", multiLine: true);
        RequiredText(errors, "contact.name", normalized.Contact?.Name, ContactNameMin, ContactNameMax,
            "Vul de naam van de contactpersoon in", "De naam van de contactpersoon", multiLine: false);
        Email(normalized.Contact?.Email, errors);
        Phone(normalized.Contact?.Phone, errors);

        if (normalized.Consent != true)
        {
            errors.Add("consent", "Geef toestemming voor het gebruik van uw gegevens voor deze aanmelding; zonder toestemming kunnen wij uw aanmelding niet in behandeling nemen.");
        }

        return errors.ToDictionary();
    }

    static void ApplicantType(string? value, IReadOnlyCollection<string> allowed, Errors errors)
    {
        const string Key = "applicantType";
        if (!ApplicationChoices.Contains(ApplicationChoices.ApplicantTypes, value))
        {
            errors.Add(Key, "Kies of u zich aanmeldt als gemeente of als woningcorporatie.");
            return;
        }

        if (!allowed.Any(type => string.Equals(type?.Trim(), value, StringComparison.OrdinalIgnoreCase)))
        {
            var label = ApplicationChoices.Label(ApplicationChoices.ApplicantTypes, value!).ToLower(Dutch);
            var allowedLabels = ApplicationChoices.ApplicantTypes
                .Where(choice => allowed.Any(type => string.Equals(type?.Trim(), choice.Key, StringComparison.OrdinalIgnoreCase)))
                .Select(choice => choice.Value.ToLower(Dutch))
                .ToList();
            errors.Add(Key, allowedLabels.Count == 0
                ? $"Voor deze oproep kunt u zich niet aanmelden als {label}."
                : $"Voor deze oproep kunt u zich niet aanmelden als {label}. Aanmelden kan alleen als {string.Join(" of ", allowedLabels)}.");
        }
    }

    /// <summary>
    /// One of the call's municipalities; the register finds it however it is written (hidden characters, case,
    /// hyphens, an alias), and what is stored is its code and official name, never the text as typed.
    /// </summary>
    static void Municipality(string? value, MunicipalityRegister municipalities, Errors errors)
    {
        const string Key = "municipality";
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(Key, "Kies de gemeente waarin de wijk ligt.");
        }
        else if (value.Length > MunicipalityMax)
        {
            errors.Add(Key, $"De naam van de gemeente is te lang: maximaal {MunicipalityMax} tekens, u heeft er {value.Length}.");
        }
        else if (municipalities.Resolve(value) is { Kind: not MunicipalityMatchKind.Found } match)
        {
            errors.Add(Key, match.Message!);
        }
    }

    static void RequiredText(Errors errors, string key, string? value, int min, int max, string fillIn, string subject, bool multiLine)
    {
        var length = value?.Length ?? 0;
        if (length == 0)
        {
            errors.Add(key, $"{fillIn} ({min} tot {max} tekens).");
            return;
        }

        if (length < min)
        {
            errors.Add(key, min <= 2
                ? $"{fillIn} ({min} tot {max} tekens)."
                : $"{subject} is te kort: minimaal {min} tekens, u heeft er {length}.");
        }
        else if (length > max)
        {
            errors.Add(key, $"{subject} is te lang: maximaal {max} tekens, u heeft er {length}.");
        }

        InvisibleCharacters(errors, key, value!, subject, multiLine);
    }

    static void OptionalText(Errors errors, string key, string? value, int max, string subject, bool multiLine)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.Length > max)
        {
            errors.Add(key, $"{subject} is te lang: maximaal {max} tekens, u heeft er {value.Length}.");
        }

        InvisibleCharacters(errors, key, value, subject, multiLine);
    }

    /// <summary>
    /// Control characters have no place in what people type: single-line fields allow none, multi-line fields only
    /// line breaks and tabs. Half a surrogate pair (broken UTF-16) is rejected as well; it cannot be stored or mailed.
    /// Nor do hidden format characters (<see cref="TextRules.FindHiddenCharacter"/>): a zero-width space or a
    /// reversed reading direction makes one text look like another, to people and to the duplicate check.
    /// </summary>
    static void InvisibleCharacters(Errors errors, string key, string value, string subject, bool multiLine)
    {
        if (HasForbiddenCharacter(value, multiLine))
        {
            errors.Add(key, multiLine
                ? $"{subject} bevat onzichtbare stuurtekens die hier niet zijn toegestaan. Alleen gewone tekst, regeleinden en tabs zijn toegestaan."
                : $"{subject} bevat onzichtbare stuurtekens (zoals een tab of regeleinde) die hier niet zijn toegestaan. Gebruik één regel gewone tekst.");
            return;
        }

        var hidden = TextRules.FindHiddenCharacter(value);
        if (hidden >= 0)
        {
            var position = value[..hidden].EnumerateRunes().Count() + 1;
            var codePoint = Rune.GetRuneAt(value, hidden).Value;
            errors.Add(key,
                $"{subject} bevat een onzichtbaar teken (U+{codePoint:X4}, het {position}e teken) dat hier niet is toegestaan, " +
                "zoals een breedteloze spatie, een zacht afbreekstreepje of een teken dat de schrijfrichting omkeert. " +
                "Verwijder het, of typ de tekst opnieuw in plaats van hem te plakken.");
        }
    }

    static bool HasForbiddenCharacter(string value, bool multiLine)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
            {
                if (!(multiLine && c is '\n' or '\r' or '\t'))
                {
                    return true;
                }
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return true;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    static void Homes(int? homes, Errors errors)
    {
        if (homes is { } value && (value < HomesMin || value > HomesMax))
        {
            errors.Add("homes", "Vul het aantal woningen in de wijk in als heel getal van 1 tot 200.000, of laat het veld leeg.");
        }
    }

    static void GasFreeStatus(string? value, Errors errors)
    {
        if (!ApplicationChoices.Contains(ApplicationChoices.GasFreeStatuses, value))
        {
            errors.Add("gasFreeStatus", "Geef aan of de wijk is aangewezen als aardgasvrije wijk: aangewezen, aanwijzing in voorbereiding of nog niet.");
        }
    }

    static void Challenges(IReadOnlyList<string>? values, Errors errors)
    {
        const string Key = "challenges";
        if (values is null || values.Count == 0)
        {
            errors.Add(Key, "Kies ten minste één opgave die in de wijk speelt.");
            return;
        }

        if (values.Any(value => !ApplicationChoices.Contains(ApplicationChoices.Challenges, value)))
        {
            var labels = string.Join(", ", ApplicationChoices.Challenges.Select(choice => choice.Value.ToLower(Dutch)));
            errors.Add(Key, $"Er is een onbekende opgave gekozen. Kies uit: {labels}.");
        }

        if (values.Where(value => value is not null).Distinct(StringComparer.Ordinal).Count() != values.Count(value => value is not null))
        {
            errors.Add(Key, "Kies elke opgave maar één keer.");
        }
    }

    /// <summary>"Anders" says nothing on its own: it needs its text, and the text needs "Anders" ticked.</summary>
    static void ChallengesOther(IReadOnlyList<string>? challenges, string? other, Errors errors)
    {
        const string Key = "challengesOther";
        var otherChosen = challenges?.Contains(ApplicationChoices.OtherChallenge, StringComparer.Ordinal) == true;
        if (otherChosen && string.IsNullOrEmpty(other))
        {
            errors.Add(Key, "U koos Anders: beschrijf welke opgave in de wijk speelt.");
            return;
        }

        if (!otherChosen && !string.IsNullOrEmpty(other))
        {
            errors.Add(Key, "Vink Anders aan als u een andere opgave beschrijft, of maak dit veld leeg.");
            return;
        }

        OptionalText(errors, Key, other, ChallengesOtherMax, "De beschrijving van de andere opgave", multiLine: false);
    }

    static void Email(string? value, Errors errors)
    {
        const string Key = "contact.email";
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(Key, "Vul het e-mailadres van de contactpersoon in.");
            return;
        }

        if (!IsEmailAddress(value))
        {
            errors.Add(Key, "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.");
        }
    }

    /// <summary>
    /// <see cref="MailAddress"/> accepts a lot (display names, comments, quoted spaces); an applicant's address must
    /// be exactly the address, with one @, a dot in the domain, no spaces or control characters, at most 254 characters.
    /// </summary>
    public static bool IsEmailAddress(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > EmailMax)
        {
            return false;
        }

        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || value.Count(c => c == '@') != 1)
        {
            return false;
        }

        if (!MailAddress.TryCreate(value, out var address) || !string.Equals(address.Address, value, StringComparison.Ordinal))
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        var local = value[..at];
        var domain = value[(at + 1)..];
        return local.Length > 0
            && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.')
            && !domain.EndsWith('.')
            && !domain.Contains("..", StringComparison.Ordinal);
    }

    static void Phone(string? value, Errors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var valid = value.Length >= PhoneMin
            && value.Length <= PhoneMax
            && value.All(c => c is (>= '0' and <= '9') or ' ' or '+' or '-' or '(' or ')')
            && value.Any(char.IsAsciiDigit);
        if (!valid)
        {
            errors.Add("contact.phone", "Vul een geldig telefoonnummer in (6 tot 30 tekens: cijfers, spaties, +, - en haakjes), of laat het veld leeg.");
        }
    }

    /// <summary>Collects messages per field in the order the form shows the fields.</summary>
    sealed class Errors
    {
        readonly Dictionary<string, List<string>> messages = new(StringComparer.Ordinal);

        public void Add(string key, string message)
        {
            if (!messages.TryGetValue(key, out var list))
            {
                list = [];
                messages[key] = list;
            }

            list.Add(message);
        }

        public Dictionary<string, string[]> ToDictionary() =>
            messages.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }
}
