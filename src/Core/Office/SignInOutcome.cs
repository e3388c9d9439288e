namespace Aanmelding.Core.Office;

/// <summary>What pressing "Inloggen" came to: a session (and its cookie value), or why not.</summary>
public sealed record SignInOutcome(SignInLinkState State, OfficeSession? Session = null, string? Cookie = null);
