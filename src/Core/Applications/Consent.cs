namespace Aanmelding.Core.Applications;

/// <summary>The consent an applicant gave with the form: to which version of the privacy notice, and when.</summary>
public sealed record Consent(string NoticeVersion, DateTimeOffset GivenAt)
{
    /// <summary>The privacy notice's text version (Core/Privacy/PrivacyNoticePage): raise it whenever that text changes.</summary>
    public const string CurrentNoticeVersion = "2026-11-29";
}
