using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Web;

/// <summary>
/// The protective headers, set here and nowhere else so both hosts send exactly the same: on every HTML page
/// (<see cref="HtmlPageResult"/>), on every answer with personal data or a secret link (<see cref="PrivateResult"/>),
/// and on the page assets.
/// </summary>
public static class ResponseHeaders
{
    /// <summary>
    /// The pages' policy: nothing runs (no script of any kind), styles and images come only from our own origin,
    /// forms post only back to us, no page is shown in a frame and no <c>&lt;base&gt;</c> can redirect relative links.
    /// </summary>
    public const string PageContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public const string NoStore = "no-store";

    /// <summary>Our URLs carry tokens (receipt and review links): no page tells another site where it came from.</summary>
    public const string ReferrerPolicy = "no-referrer";

    public const string NoSniff = "nosniff";

    /// <summary>A fingerprinted asset never changes under its name.</summary>
    public const string ImmutableAsset = "public, max-age=31536000, immutable";

    /// <summary>An asset under its plain name may change with a deployment: ask again each time (the ETag keeps it cheap).</summary>
    public const string RevalidatedAsset = "no-cache";

    /// <summary>A page: personal, never stored, and bound by the page policy.</summary>
    public static void ForPage(HttpResponse response)
    {
        ForPrivateData(response);
        response.Headers.ContentSecurityPolicy = PageContentSecurityPolicy;
    }

    /// <summary>An answer with personal data or a link that grants access: never stored, never sniffed, never referred.</summary>
    public static void ForPrivateData(HttpResponse response)
    {
        response.Headers.CacheControl = NoStore;
        response.Headers.XContentTypeOptions = NoSniff;
        response.Headers["Referrer-Policy"] = ReferrerPolicy;
    }

    /// <summary>
    /// A file an applicant sent: nothing in it may run or load from our origin, even were a browser to show it (a
    /// sandbox without any allowance), and it is saved, never shown inline.
    /// </summary>
    public const string DownloadContentSecurityPolicy = "default-src 'none'; sandbox; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>A download of an applicant's file: private, and bound by the download policy.</summary>
    public static void ForDownload(HttpResponse response)
    {
        ForPrivateData(response);
        response.Headers.ContentSecurityPolicy = DownloadContentSecurityPolicy;
    }

    public static void ForAsset(HttpResponse response, string etag, bool fingerprinted)
    {
        response.Headers.CacheControl = fingerprinted ? ImmutableAsset : RevalidatedAsset;
        response.Headers.XContentTypeOptions = NoSniff;
        response.Headers.ETag = etag;
    }
}
