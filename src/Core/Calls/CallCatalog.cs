using System.Globalization;
using System.Text.RegularExpressions;
using Aanmelding.Contracts;
using Aanmelding.Contracts.Municipalities;
using Microsoft.Extensions.Configuration;

namespace Aanmelding.Core.Calls;

/// <summary>
/// The calls, read from configuration section <c>Calls:{callId}</c> (DESIGN §3). The seed call
/// <see cref="DefaultCallId"/> is always present with the values of 2018; configuration overrides any of its keys.
/// Other calls are configured completely; a key they leave out takes the seed's value, except Title, which they must set.
/// Configuration is read on every <see cref="Find"/> and <see cref="All"/>, so a deadline moved in a running system counts
/// at once. An array key (Organisers, ApplicantTypes, Coordinators), when configured, replaces the default list; besides
/// the indexed form (<c>Coordinators:0</c>) a single value separated by commas or semicolons is accepted.
/// </summary>
public sealed partial class CallCatalog
{
    public const string DefaultCallId = "kwetsbare-wijken-2018";
    public const string SectionName = "Calls";
    public const string LocalDateTimeFormat = "yyyy-MM-ddTHH:mm:ss";

    const string DefaultTitle = "Verduurzaming van kwetsbare wijken";
    const int DefaultCapacity = 12;
    const bool DefaultOnePerMunicipality = true;
    const string DefaultTimeZone = "Europe/Amsterdam";
    const int DefaultReviewDays = 14;
    const int DefaultReminderDays = 3;
    const int DefaultMunicipalityYear = 2018;
    static readonly DateTime DefaultDeadline = new(2018, 7, 13, 23, 59, 59, DateTimeKind.Unspecified);
    static readonly string[] DefaultOrganisers = ["Platform31", "Nyenrode Business Universiteit"];
    static readonly string[] DefaultApplicantTypes = ["gemeente", "woningcorporatie"];
    static readonly string[] DefaultCoordinators = ["coordinator@example.org"];

    /// <summary>A placeholder until the programme office configures its own address (<c>Calls:{id}:ContactEmail</c>).</summary>
    const string DefaultContactEmail = "kwetsbare-wijken@example.org";
    static readonly char[] ListSeparators = [',', ';'];

    /// <summary>The retention periods the privacy notice states when a call sets none (<c>Retention</c>, <c>WithdrawnRetention</c>).</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(365);
    public static readonly TimeSpan DefaultWithdrawnRetention = TimeSpan.FromDays(30);

    /// <summary>Where the app is reached from outside when <c>Links:BaseUrl</c> is not set.</summary>
    public const string DefaultBaseUrl = "http://localhost:7071";

    readonly IConfiguration configuration;

    public CallCatalog(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        this.configuration = configuration;
    }

    /// <summary>The seed call, which always exists: the form that <c>/</c> leads to, and the contact on pages that belong to no call.</summary>
    public CallDefinition Default => Find(DefaultCallId)!;

    /// <summary>Every call: the seed call first, then the configured ones in configuration order.</summary>
    public IReadOnlyList<CallDefinition> All => Sections().Select(s => Build(s.Id, s.Section)).ToList();

    /// <summary>The call with exactly this id (ids are case-sensitive), or <c>null</c> when there is none.</summary>
    /// <exception cref="InvalidOperationException">The call's configuration is invalid.</exception>
    public CallDefinition? Find(string callId)
    {
        if (string.IsNullOrEmpty(callId))
        {
            return null;
        }

        var match = Sections().FirstOrDefault(s => string.Equals(s.Id, callId, StringComparison.Ordinal));
        return match.Id is null ? null : Build(match.Id, match.Section);
    }

    /// <summary>
    /// Every call id with the configuration section that holds it. A section may name its call with an <c>Id</c>
    /// key, because some hosts (App Service on Linux) do not allow '-' in setting names:
    /// <c>Calls__seed__Id=kwetsbare-wijken-2018</c> configures the seed call from section <c>Calls:seed</c>.
    /// </summary>
    List<(string Id, string Section)> Sections()
    {
        var sections = new List<(string Id, string Section)> { (DefaultCallId, DefaultCallId) };
        foreach (var child in configuration.GetSection(SectionName).GetChildren())
        {
            var id = child["Id"] is { Length: > 0 } named ? named.Trim() : child.Key;

            // Configuration keys are case-insensitive: a section spelled differently still configures the seed call.
            var existing = sections.FindIndex(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
            if (existing < 0)
            {
                sections.Add((id, child.Key));
            }
            else if (!string.Equals(child.Key, id, StringComparison.OrdinalIgnoreCase))
            {
                // An aliased section (with Id) wins over the built-in seed section name.
                sections[existing] = (sections[existing].Id, child.Key);
            }
        }

        return sections;
    }

    CallDefinition Build(string id, string sectionKey)
    {
        if (!CallIdPattern().IsMatch(id))
        {
            throw new InvalidOperationException(
                $"Configuration section '{SectionName}:{id}' has an invalid call id; use 1 to 100 letters, digits, '-' or '_' (the id appears in URLs and storage keys).");
        }

        var section = configuration.GetSection($"{SectionName}:{sectionKey}");
        var isSeed = string.Equals(id, DefaultCallId, StringComparison.Ordinal);

        var title = section["Title"]?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            title = isSeed
                ? DefaultTitle
                : throw new InvalidOperationException($"Configuration key '{Path(section, "Title")}' is required: every call other than '{DefaultCallId}' needs a title.");
        }

        var zone = ReadZone(section, "TimeZone") ?? FindZone(DefaultTimeZone, Path(section, "TimeZone"));
        var deadline = ReadLocalDateTime(section, "Deadline", zone) ?? DefaultDeadline;
        var reviewDeadline = ReadLocalDateTime(section, "ReviewDeadline", zone) ?? deadline.AddDays(DefaultReviewDays);
        if (reviewDeadline <= deadline)
        {
            throw new InvalidOperationException(
                $"Configuration key '{Path(section, "ReviewDeadline")}' ({reviewDeadline.ToString(LocalDateTimeFormat, CultureInfo.InvariantCulture)}) must be later than the call's Deadline ({deadline.ToString(LocalDateTimeFormat, CultureInfo.InvariantCulture)}).");
        }

        var applicantTypes = ReadList(section, "ApplicantTypes")?.Select(type => type.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray()
            ?? DefaultApplicantTypes;
        foreach (var type in applicantTypes)
        {
            if (!ApplicationChoices.Contains(ApplicationChoices.ApplicantTypes, type))
            {
                throw new InvalidOperationException(
                    $"Configuration key '{Path(section, "ApplicantTypes")}' contains '{type}'; allowed are {string.Join(", ", ApplicationChoices.ApplicantTypes.Select(choice => choice.Key))}.");
            }
        }

        var coordinators = ReadList(section, "Coordinators") ?? DefaultCoordinators;
        foreach (var coordinator in coordinators)
        {
            if (!ApplicationValidator.IsEmailAddress(coordinator))
            {
                throw new InvalidOperationException(
                    $"Configuration key '{Path(section, "Coordinators")}' contains '{coordinator}', which is not a plain e-mail address.");
            }
        }

        var municipalityYear = ReadInt(section, "MunicipalityYear", minimum: 1) ?? DefaultMunicipalityYear;
        if (!MunicipalityRegister.Years.Contains(municipalityYear))
        {
            throw new InvalidOperationException(
                $"Configuration key '{Path(section, "MunicipalityYear")}' is {municipalityYear}, but a list of municipalities is shipped only for {string.Join(", ", MunicipalityRegister.Years)}.");
        }

        var contactEmail = ReadValue(section, "ContactEmail") ?? DefaultContactEmail;
        if (!ApplicationValidator.IsEmailAddress(contactEmail))
        {
            throw new InvalidOperationException(
                $"Configuration key '{Path(section, "ContactEmail")}' is '{contactEmail}', which is not a plain e-mail address.");
        }

        return new CallDefinition
        {
            Retention = ReadTimeSpan(section, "Retention") ?? DefaultRetention,
            WithdrawnRetention = ReadTimeSpan(section, "WithdrawnRetention") ?? DefaultWithdrawnRetention,
            PublicBaseUrl = PublicBaseUrlOf(configuration),
            Id = id,
            Title = title,
            Organisers = ReadList(section, "Organisers") ?? DefaultOrganisers,
            Capacity = ReadInt(section, "Capacity", minimum: 1) ?? DefaultCapacity,
            OnePerMunicipality = ReadBool(section, "OnePerMunicipality") ?? DefaultOnePerMunicipality,
            ApplicantTypes = applicantTypes,
            TimeZone = zone,
            DeadlineLocal = deadline,
            ReviewDeadlineLocal = reviewDeadline,
            ReminderDaysBeforeReviewDeadline = ReadInt(section, "ReminderDaysBeforeReviewDeadline", minimum: 0) ?? DefaultReminderDays,
            Coordinators = coordinators,
            ReviewRequestDigest = ReadBool(section, "ReviewRequestDigest") ?? false,
            MunicipalityYear = municipalityYear,
            ContactEmail = contactEmail,
        };
    }

    static string Path(IConfigurationSection section, string key) => $"{section.Path}:{key}";

    /// <summary>The public base URL of links in e-mails (<c>Links:BaseUrl</c>), without a trailing slash.</summary>
    public static string PublicBaseUrlOf(IConfiguration configuration) =>
        (configuration["Links:BaseUrl"] is { Length: > 0 } url ? url : DefaultBaseUrl).TrimEnd('/');

    /// <summary>A period as a TimeSpan (<c>365.00:00:00</c>, <c>00:02:00</c>); longer than zero.</summary>
    static TimeSpan? ReadTimeSpan(IConfigurationSection section, string key)
    {
        var value = ReadValue(section, key);
        if (value is null)
        {
            return null;
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var period) && period > TimeSpan.Zero
            ? period
            : throw new InvalidOperationException(
                $"Configuration key '{Path(section, key)}' is '{value}'; write a period longer than zero as days.hours:minutes:seconds, e.g. 365.00:00:00 or 00:02:00.");
    }

    static string? ReadValue(IConfigurationSection section, string key)
    {
        var value = section[key]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    static string[]? ReadList(IConfigurationSection section, string key)
    {
        var list = section.GetSection(key);
        var items = list.GetChildren()
            .Select(child => child.Value?.Trim())
            .Where(item => !string.IsNullOrEmpty(item))
            .Select(item => item!)
            .ToArray();
        if (items.Length > 0)
        {
            return items;
        }

        items = list.Value?.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        return items.Length > 0 ? items : null;
    }

    static int? ReadInt(IConfigurationSection section, string key, int minimum)
    {
        var value = ReadValue(section, key);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum)
        {
            throw new InvalidOperationException(
                $"Configuration key '{Path(section, key)}' must be a whole number of at least {minimum}; got '{value}'.");
        }

        return number;
    }

    static bool? ReadBool(IConfigurationSection section, string key)
    {
        var value = ReadValue(section, key);
        if (value is null)
        {
            return null;
        }

        return bool.TryParse(value, out var flag)
            ? flag
            : throw new InvalidOperationException($"Configuration key '{Path(section, key)}' must be true or false; got '{value}'.");
    }

    static TimeZoneInfo? ReadZone(IConfigurationSection section, string key)
    {
        var value = ReadValue(section, key);
        return value is null ? null : FindZone(value, Path(section, key));
    }

    static TimeZoneInfo FindZone(string id, string path)
    {
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            // A Windows id works on Linux too; the IANA id is what people are shown, so prefer it.
            if (!zone.HasIanaId && TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, "NL", out var ianaId))
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(ianaId);
            }

            return zone;
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidOperationException(
                $"Configuration key '{path}' names the time zone '{id}', which this machine does not know; use an IANA id such as '{DefaultTimeZone}'.",
                exception);
        }
    }

    static DateTime? ReadLocalDateTime(IConfigurationSection section, string key, TimeZoneInfo zone)
    {
        var value = ReadValue(section, key);
        if (value is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(value, LocalDateTimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        }

        if (WithOffsetPattern().IsMatch(value))
        {
            throw new InvalidOperationException(
                $"Configuration key '{Path(section, key)}' is '{value}', which carries a UTC offset; write the local date-time without offset ({LocalDateTimeFormat}), it is read in the call's TimeZone '{zone.Id}'.");
        }

        throw new InvalidOperationException(
            $"Configuration key '{Path(section, key)}' is '{value}'; write a local date-time as {LocalDateTimeFormat}, e.g. 2018-07-13T23:59:59.");
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,100}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CallIdPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}(:?\d{2})?)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WithOffsetPattern();
}
