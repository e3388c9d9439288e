using System.Text.Json;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;

namespace Aanmelding.Core.Storage;

/// <summary>Maps between the domain record and its table row; states are stored by their <see cref="WireName"/>.</summary>
public static class ApplicationMapping
{
    public static ApplicationEntity ToEntity(Application app) => new()
    {
        PartitionKey = ApplicationEntity.PartitionFor(app.CallId),
        RowKey = app.Id,
        CallId = app.CallId,
        Status = WireName.Of(app.Status),
        SubmittedAt = app.SubmittedAt,
        Version = app.Version,
        ChangedAt = app.ChangedAt,
        ApplicantType = app.Form.ApplicantType,
        Organisation = app.Form.Organisation,
        Municipality = app.Form.Municipality,
        MunicipalityCode = app.MunicipalityCode,
        Neighbourhood = app.Form.Neighbourhood,
        Homes = app.Form.Homes,
        GasFreeStatus = app.Form.GasFreeStatus,
        Challenges = app.Form.Challenges is null ? null : string.Join(',', app.Form.Challenges),
        ChallengesOther = app.Form.ChallengesOther,
        Motivation = app.Form.Motivation,
        Partners = app.Form.Partners,
        ContactName = app.Form.Contact?.Name,
        ContactEmail = app.Form.Contact?.Email,
        ContactPhone = app.Form.Contact?.Phone,
        Consent = app.Form.Consent == true,
        ConsentNoticeVersion = app.Consent?.NoticeVersion,
        ConsentGivenAt = app.Consent?.GivenAt,
        Reviews = app.Reviews.Count == 0 ? null : JsonSerializer.Serialize(app.Reviews),
        Decision = app.Decision is { } decision ? WireName.Of(decision) : null,
        Score = app.Score,
        DecidedBy = app.DecidedBy,
        DecidedAt = app.DecidedAt,
        DecisionNote = app.DecisionNote,
        Outcome = app.Outcome is { } outcome ? WireName.Of(outcome) : null,
        Rank = app.Rank,
        OutcomeReason = app.OutcomeReason,
        WithdrawnAt = app.WithdrawnAt,
        SelectionStarted = app.SelectionStarted,
        Replacements = app.Replacements.Count == 0 ? null : JsonSerializer.Serialize(app.Replacements),
        Attachments = app.Attachments.Count == 0 ? null : JsonSerializer.Serialize(app.Attachments),
    };

    public static Application ToDomain(ApplicationEntity e) => new()
    {
        Id = e.RowKey,
        CallId = e.CallId,
        Status = WireName.Parse<ApplicationStatus>(e.Status),
        SubmittedAt = e.SubmittedAt,
        Version = Math.Max(e.Version, 1),
        ChangedAt = e.ChangedAt,
        Consent = e.ConsentNoticeVersion is { } version && e.ConsentGivenAt is { } given ? new Consent(version, given) : null,
        Form = new ApplicationForm
        {
            ApplicantType = e.ApplicantType,
            Organisation = e.Organisation,
            Municipality = e.Municipality,
            Neighbourhood = e.Neighbourhood,
            Homes = e.Homes,
            GasFreeStatus = e.GasFreeStatus,
            Challenges = string.IsNullOrEmpty(e.Challenges) ? [] : e.Challenges.Split(','),
            ChallengesOther = e.ChallengesOther,
            Motivation = e.Motivation,
            Partners = e.Partners,
            Contact = new ContactDetails { Name = e.ContactName, Email = e.ContactEmail, Phone = e.ContactPhone },
            Consent = e.Consent,
        },
        Reviews = ReviewsOf(e),
        MunicipalityCode = e.MunicipalityCode,
        Decision = e.Decision is null ? null : WireName.Parse<Decision>(e.Decision),
        Score = e.Score,
        DecidedBy = e.DecidedBy,
        DecidedAt = e.DecidedAt,
        DecisionNote = e.DecisionNote,
        Outcome = e.Outcome is null ? null : WireName.Parse<ApplicationStatus>(e.Outcome),
        Rank = e.Rank,
        OutcomeReason = e.OutcomeReason,
        WithdrawnAt = e.WithdrawnAt,
        SelectionStarted = e.SelectionStarted,
        Replacements = e.Replacements is { Length: > 0 } replacements ? JsonSerializer.Deserialize<List<Replacement>>(replacements) ?? [] : [],
        Attachments = e.Attachments is { Length: > 0 } attachments ? JsonSerializer.Deserialize<List<Attachment>>(attachments) ?? [] : [],
    };

    /// <summary>The row's reviews; a row stored before reviews were kept apart has its one decision as its one review.</summary>
    static List<CoordinatorDecision> ReviewsOf(ApplicationEntity e) =>
        e.Reviews is { Length: > 0 } json ? JsonSerializer.Deserialize<List<CoordinatorDecision>>(json) ?? []
        : e.Decision is not null && e.DecidedBy is not null && e.DecidedAt is { } at
            ? [new CoordinatorDecision(CoordinatorDecision.NewEventId(at), WireName.Parse<Decision>(e.Decision), e.Score, e.DecidedBy, e.DecisionNote, at)]
            : [];
}
