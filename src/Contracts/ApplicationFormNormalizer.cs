namespace Aanmelding.Contracts;

/// <summary>
/// Puts a submitted form into its canonical shape, before validation and before storage: every text field trimmed,
/// line breaks as LF only, the choice values and the e-mail address in lower case. Idempotent; <c>null</c> stays
/// <c>null</c> and nothing is dropped, so the validator still sees what was (not) sent.
/// </summary>
public static class ApplicationFormNormalizer
{
    public static ApplicationForm Normalize(ApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form with
        {
            ApplicantType = Lower(form.ApplicantType),
            Organisation = Text(form.Organisation),
            Municipality = Text(form.Municipality),
            Neighbourhood = Text(form.Neighbourhood),
            GasFreeStatus = Lower(form.GasFreeStatus),
            Challenges = form.Challenges?.Select(Lower).ToArray()!,
            ChallengesOther = Text(form.ChallengesOther),
            Motivation = Text(form.Motivation),
            Partners = Text(form.Partners),
            Contact = form.Contact is null
                ? null
                : form.Contact with
                {
                    Name = Text(form.Contact.Name),
                    Email = Lower(form.Contact.Email),
                    Phone = Text(form.Contact.Phone),
                },
        };
    }

    /// <summary>Trims and turns CRLF (and a lone CR) into LF, as a browser's textarea counts them.</summary>
    static string? Text(string? value) =>
        value?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    static string? Lower(string? value) => Text(value)?.ToLowerInvariant();
}
