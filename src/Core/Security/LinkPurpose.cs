namespace Aanmelding.Core.Security;

/// <summary>What a signed link allows; a token for one purpose is worthless for another.</summary>
public static class LinkPurpose
{
    public const string Receipt = "receipt";
    public const string Review = "review";
}
