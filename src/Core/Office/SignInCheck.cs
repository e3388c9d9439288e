namespace Aanmelding.Core.Office;

/// <summary>What a sign-in link turned out to be; <see cref="Coordinator"/> and <see cref="LinkId"/> only when valid.</summary>
public sealed record SignInCheck(SignInLinkState State, string? Coordinator = null, string? LinkId = null, DateTimeOffset? Expires = null);
