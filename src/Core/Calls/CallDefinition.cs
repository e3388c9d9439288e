using Aanmelding.Contracts.Municipalities;

namespace Aanmelding.Core.Calls;

/// <summary>A call for participation (oproep), read from configuration section <c>Calls:{callId}</c>.</summary>
public sealed record CallDefinition
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Organisers { get; init; }

    /// <summary>The organisers as a sentence names them: "Platform31 en Nyenrode Business Universiteit".</summary>
    public string OrganisersText => DutchList.Join(Organisers);
    public required int Capacity { get; init; }
    public required bool OnePerMunicipality { get; init; }
    public required IReadOnlyList<string> ApplicantTypes { get; init; }
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>The deadline as configured: a local date-time without offset, read in <see cref="TimeZone"/>.</summary>
    public required DateTime DeadlineLocal { get; init; }
    public required DateTime ReviewDeadlineLocal { get; init; }
    public required int ReminderDaysBeforeReviewDeadline { get; init; }
    public required IReadOnlyList<string> Coordinators { get; init; }

    /// <summary>
    /// Setting <c>ReviewRequestDigest</c>: when true, coordinators get no e-mail per application as it arrives; at the
    /// close of intake each gets one digest of every application they have to review, each with its review link.
    /// </summary>
    public bool ReviewRequestDigest { get; init; }

    /// <summary>The year whose list of municipalities (CBS, 1 January) applicants choose from: municipalities merge.</summary>
    public required int MunicipalityYear { get; init; }

    /// <summary>The municipalities applicants choose from (<see cref="MunicipalityYear"/>).</summary>
    public MunicipalityRegister Municipalities => MunicipalityRegister.ForYear(MunicipalityYear);
    /// <summary>Where applicants and beoordelaars write with questions: on every page, in every e-mail and as its Reply-To.</summary>
    public required string ContactEmail { get; init; }

    /// <summary>Setting <c>Retention</c>: how long after the selection is final the call's personal data is kept.</summary>
    public TimeSpan Retention { get; init; } = CallCatalog.DefaultRetention;

    /// <summary>Setting <c>WithdrawnRetention</c>: how long after its withdrawal an application's personal data is kept.</summary>
    public TimeSpan WithdrawnRetention { get; init; } = CallCatalog.DefaultWithdrawnRetention;

    /// <summary>Where the app is reached from outside (<c>Links:BaseUrl</c>): the e-mails' links to pages of the call start with it.</summary>
    public string PublicBaseUrl { get; init; } = CallCatalog.DefaultBaseUrl;

    /// <summary>The privacy notice's absolute address, for every e-mail's footer (the path is <c>LinkBuilder.PrivacyPath</c>'s; Calls is below Web).</summary>
    public string PrivacyNoticeUrl => $"{PublicBaseUrl}/privacy/{Uri.EscapeDataString(Id)}";

    /// <summary>The deadline as an instant; comparisons are made in UTC so summer and winter time cannot confuse them.</summary>
    public DateTimeOffset Deadline => ToInstant(DeadlineLocal);
    public DateTimeOffset ReviewDeadline => ToInstant(ReviewDeadlineLocal);
    public DateTimeOffset ReminderAt => ReviewDeadline.AddDays(-ReminderDaysBeforeReviewDeadline);

    /// <summary>The instant intake closes: the end of the deadline's last second (23:59:59.999 still counts).</summary>
    public DateTimeOffset ClosesAt => Deadline.AddSeconds(1);

    public bool IsOpenAt(DateTimeOffset now) => now < ClosesAt;

    /// <summary>The deadline with the zone's offset at that moment, e.g. 2018-07-13T23:59:59+02:00.</summary>
    public DateTimeOffset DeadlineInZone => TimeZoneInfo.ConvertTime(Deadline, TimeZone);

    DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A local time that does not exist (the spring-forward gap) is moved forward by the gap, as clocks do.
        if (TimeZone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        var offset = TimeZone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }
}
