namespace Aanmelding.Core.Office;

/// <summary>A sign-in link: valid, past its time, already used once, or not ours (tampered, for another call, its coordinator removed).</summary>
public enum SignInLinkState
{
    Valid,
    Expired,
    Used,
    Invalid,
}
