namespace Aanmelding.Core.Workflows;

/// <summary>The input of <see cref="Activities.SendChangeNotices"/>: which application, changed to which version.</summary>
public sealed record ChangeNoticeRequest(string ApplicationId, int Version);
