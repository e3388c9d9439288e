namespace Aanmelding.Core.Office;

/// <summary>
/// A coordinator signed in to one call's office pages: who (<see cref="Coordinator"/>, the configured address), until
/// when, and the session's own random id, which binds the forms' cross-site token (<see cref="OfficeTokens.FormToken"/>).
/// </summary>
public sealed record OfficeSession(string CallId, string Coordinator, string SessionId, DateTimeOffset Expires);
