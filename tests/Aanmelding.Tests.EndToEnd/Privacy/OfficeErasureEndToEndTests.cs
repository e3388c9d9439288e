using System.Net;
using Aanmelding.Tests.EndToEnd.Office;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Privacy;

/// <summary>The programme office erases an application at the applicant's request (issue 17, 2), from its page.</summary>
[Collection(OfficeHostGroup.Name)]
public sealed class OfficeErasureEndToEndTests(OfficeHostGroup hosts)
{
    [SkippableTheory, OnBothHosts]
    public async Task The_button_on_the_application_page_erases_it_only_with_the_box_ticked_and_the_sessions_form_token(HostKind kind)
    {
        var office = await hosts.On(kind);
        var (id, statusUrl) = await ReviewFlow.SubmitAsync(office.Host, office.CallId, "Deventer");
        await ReviewFlow.WaitForReviewLinksAsync(office.Host, id, ReviewCall.CoordinatorA, ReviewCall.CoordinatorB);
        var cookie = await OfficeFlow.SignInAsync(office, ReviewCall.CoordinatorA);
        var page = $"{office.Office}/applications/{id}";
        var (_, html, _) = await OfficeFlow.GetAsync(office, page, cookie);
        Assert.Contains("Gegevens wissen", html, StringComparison.Ordinal);
        var token = OfficeFlow.FormToken(html);

        var (unticked, _, _) = await OfficeFlow.PostFormAsync(office, $"{page}/erase", cookie, ("formulier-token", token));
        Assert.Equal(HttpStatusCode.BadRequest, unticked);
        var (forged, _, _) = await OfficeFlow.PostFormAsync(office, $"{page}/erase", cookie, ("formulier-token", "onzin"), ("wissen", "ja"));
        Assert.Equal(HttpStatusCode.Forbidden, forged);
        using (var stillThere = await office.Host.Client.GetAsync(statusUrl.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        }

        var (erased, confirmation, _) = await OfficeFlow.PostFormAsync(office, $"{page}/erase", cookie, ("formulier-token", token), ("wissen", "ja"));
        Assert.Equal(HttpStatusCode.OK, erased);
        Assert.Contains($"Alle gegevens van aanmelding {id} zijn gewist.", confirmation, StringComparison.Ordinal);
        using (var gone = await office.Host.Client.GetAsync(statusUrl.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        var (again, _, _) = await OfficeFlow.PostFormAsync(office, $"{page}/erase", cookie, ("formulier-token", token), ("wissen", "ja"));
        Assert.Equal(HttpStatusCode.NotFound, again);
    }
}
