using Microsoft.AspNetCore.WebUtilities;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>A coordinator's personal review link as found in a review-request e-mail.</summary>
public sealed record ReviewLink(string Coordinator, Uri Url)
{
    public string ApplicationId => Uri.UnescapeDataString(Url.AbsolutePath["/review/".Length..]);

    public string Token => QueryHelpers.ParseQuery(Url.Query)["token"].ToString();

    public string PathAndQuery => Url.PathAndQuery;
}
