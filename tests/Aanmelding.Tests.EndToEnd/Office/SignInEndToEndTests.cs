using System.Net;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Office;

/// <summary>
/// Sign-in without passwords, through HTTP on the real stack: the same answer for every address, a link only for a
/// coordinator, a link that opening does not use up and that signs in once, a session cookie that a script cannot
/// read, forms that need the session's own token, and sign-out.
/// </summary>
[Collection(OfficeHostGroup.Name)]
public sealed class SignInEndToEndTests(OfficeHostGroup hosts)
{
    const string A = ReviewCall.CoordinatorA;

    [SkippableTheory, OnBothHosts]
    public async Task Without_a_session_the_office_pages_lead_to_the_sign_in_page(HostKind kind)
    {
        var office = await hosts.On(kind);
        foreach (var path in new[] { office.Office, $"{office.Office}/applications/0000000000ZZ", $"{office.Office}/export" })
        {
            var (status, _, response) = await OfficeFlow.GetAsync(office, path, null);
            Assert.Equal(HttpStatusCode.SeeOther, status);
            Assert.Equal($"{office.Office}/sign-in", response.Headers.Location?.OriginalString);
        }

        var (tampered, _, _) = await OfficeFlow.GetAsync(office, office.Office, $"{OfficeFlow.SessionCookie}=eyJ4IjoxfQ.AAAA");
        Assert.Equal(HttpStatusCode.SeeOther, tampered);

        var (page, html, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/sign-in", null);
        Assert.Equal(HttpStatusCode.OK, page);
        Assert.Contains("Inloggen voor beoordelaars", OfficeFlow.MainText(html), StringComparison.Ordinal);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Every_address_gets_the_same_answer_and_only_a_coordinator_gets_a_link(HostKind kind)
    {
        var office = await hosts.On(kind);
        var stranger = $"vreemde-{Guid.NewGuid():N}@example.org";

        var (strangerStatus, strangerHtml, _) = await OfficeFlow.RequestLinkAsync(office, stranger);
        var link = await OfficeFlow.NewSignInLinkAsync(office, A);
        var (coordinatorStatus, coordinatorHtml, _) = await OfficeFlow.RequestLinkAsync(office, A.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.OK, strangerStatus);
        Assert.Equal(strangerStatus, coordinatorStatus);
        Assert.Equal(OfficeFlow.MainText(strangerHtml), OfficeFlow.MainText(coordinatorHtml));
        Assert.DoesNotContain(Outbox.Read(office.Host.OutboxPath), m => Outbox.To(m) == stranger);
        Assert.DoesNotContain(A, link.ToString(), StringComparison.OrdinalIgnoreCase);

        var (empty, emptyHtml, _) = await OfficeFlow.RequestLinkAsync(office, "");
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("Vul uw e-mailadres in.", OfficeFlow.MainText(emptyHtml), StringComparison.Ordinal);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Opening_the_link_signs_in_nobody_the_button_signs_in_once_with_a_cookie_no_script_can_read(HostKind kind)
    {
        var office = await hosts.On(kind);
        var link = await OfficeFlow.NewSignInLinkAsync(office, A);

        // A mail scanner fetches the link (twice): a page with a button, no cookie, and the link still works after.
        for (var i = 0; i < 2; i++)
        {
            var (opened, openedHtml, openedResponse) = await OfficeFlow.GetAsync(office, link.PathAndQuery, null);
            Assert.Equal(HttpStatusCode.OK, opened);
            Assert.Null(OfficeFlow.Cookie(openedResponse));
            Assert.Equal("Inloggen", Assert.Single(OfficeFlow.Parse(openedHtml).QuerySelectorAll("main button")).TextContent);
        }

        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;
        var (signedIn, _, response) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/sign-in/link", null, ("token", token));
        Assert.Equal(HttpStatusCode.SeeOther, signedIn);
        Assert.Equal(office.Office, response.Headers.Location?.OriginalString);
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"path=/office/{office.CallId}", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", setCookie, StringComparison.OrdinalIgnoreCase);

        var cookie = OfficeFlow.Cookie(response)!;
        var (overview, html, _) = await OfficeFlow.GetAsync(office, office.Office, cookie);
        Assert.Equal(HttpStatusCode.OK, overview);
        Assert.Contains($"Ingelogd als {A}", OfficeFlow.MainText(html), StringComparison.Ordinal);

        var (again, againHtml, againResponse) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/sign-in/link", null, ("token", token));
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Null(OfficeFlow.Cookie(againResponse));
        Assert.Contains("Een link werkt één keer.", OfficeFlow.MainText(againHtml), StringComparison.Ordinal);

        var (forged, _, _) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/sign-in/link", null, ("token", token[..^2] + "AA"));
        Assert.Equal(HttpStatusCode.Forbidden, forged);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Signing_out_needs_the_sessions_own_form_token_and_ends_the_session(HostKind kind)
    {
        var office = await hosts.On(kind);
        var cookie = await OfficeFlow.SignInAsync(office, A);
        var otherCookie = await OfficeFlow.SignInAsync(office, ReviewCall.CoordinatorB);
        var (_, html, _) = await OfficeFlow.GetAsync(office, office.Office, cookie);
        var (_, otherHtml, _) = await OfficeFlow.GetAsync(office, office.Office, otherCookie);

        // Another site's form has no token, or another session's: refused, and still signed in.
        var (missing, _, _) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/sign-out", cookie);
        var (foreign, _, _) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/sign-out", cookie, ("formulier-token", OfficeFlow.FormToken(otherHtml)));
        Assert.Equal(HttpStatusCode.Forbidden, missing);
        Assert.Equal(HttpStatusCode.Forbidden, foreign);
        Assert.Equal(HttpStatusCode.OK, (await OfficeFlow.GetAsync(office, office.Office, cookie)).Status);

        var (signedOut, signedOutHtml, response) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/sign-out", cookie, ("formulier-token", OfficeFlow.FormToken(html)));
        Assert.Equal(HttpStatusCode.OK, signedOut);
        Assert.Contains("U bent uitgelogd", OfficeFlow.MainText(signedOutHtml), StringComparison.Ordinal);
        var cleared = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{OfficeFlow.SessionCookie}=;", cleared, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
    }
}
