namespace Aanmelding.Core.Security;

/// <summary>The result of checking a link token.</summary>
public sealed record TokenCheck(TokenState State, string? Recipient, DateTimeOffset? Expires)
{
    public bool IsValid => State == TokenState.Valid;
}
