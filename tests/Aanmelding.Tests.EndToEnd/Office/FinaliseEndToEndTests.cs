using System.Net;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Office;

/// <summary>
/// Finalising with eyes open, through HTTP on the real stack: the selection as it would come out before anything is
/// sent, a warning about applications nobody reviewed, and finalising only with the session's form token and an
/// explicit confirmation; then the applicants hear the outcome and the page shows the selection as final.
/// </summary>
[LongRunning(11)]
public sealed class FinaliseEndToEndTests
{
    const string A = ReviewCall.CoordinatorA;

    [SkippableTheory, OnBothHosts]
    public async Task The_preview_shows_rank_and_reason_warns_about_undecided_and_finalising_needs_an_explicit_confirmation(HostKind kind)
    {
        TestHosts.SkipUnlessAvailable(kind);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(40);
        await using var office = await OfficeHost.ClosingAsync(kind, deadline, "finalise");
        var callId = office.CallId;
        var (approved, _) = await ReviewFlow.SubmitAsync(office.Host, callId, "Zaanstad");
        var (undecided, _) = await ReviewFlow.SubmitAsync(office.Host, callId, "Groningen");
        var links = await ReviewFlow.WaitForReviewLinksAsync(office.Host, approved, A, ReviewCall.CoordinatorB);
        Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostJsonAsync(office.Host, approved, new { token = links[A].Token, decision = "approved", score = 4 })).Status);
        await ReviewFlow.WaitUntilClosedAsync(office.Host, callId, deadline);

        var cookie = await OfficeFlow.SignInAsync(office, A);
        var (status, html, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/selection", cookie);
        Assert.Equal(HttpStatusCode.OK, status);
        var text = OfficeFlow.MainText(html);
        Assert.Contains("Voorlopige selectie", text, StringComparison.Ordinal);
        Assert.Contains("1 aanmelding is door niemand beoordeeld.", text, StringComparison.Ordinal);
        var rows = OfficeFlow.Parse(html).QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.StartsWith('1') && r.Contains("Zaanstad", StringComparison.Ordinal) && r.Contains("Geselecteerd: plaats 1 van 12 (score 4).", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Groningen", StringComparison.Ordinal) && r.Contains("Niet geselecteerd", StringComparison.Ordinal));

        // Nothing is sent by looking, by a form without the session's token, or without the confirmation.
        var token = OfficeFlow.FormToken(html);
        var (withoutToken, _, _) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/selection", cookie, ("bevestigen", "ja"));
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken);
        var (unconfirmed, unconfirmedHtml, _) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/selection", cookie, ("formulier-token", token));
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed);
        Assert.Contains("Vink aan dat u de selectie definitief wilt maken.", OfficeFlow.MainText(unconfirmedHtml), StringComparison.Ordinal);
        Assert.DoesNotContain(Outbox.Read(office.Host.OutboxPath), m => (m.Subject ?? "").StartsWith("Uw aanmelding is", StringComparison.Ordinal));
        Assert.NotEqual("final", (await ReviewFlow.AdminListAsync(office.Host, callId)).GetProperty("phase").GetString());

        var (finalised, finalisedHtml, _) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/selection", cookie, ("formulier-token", token), ("bevestigen", "ja"));
        Assert.Equal(HttpStatusCode.OK, finalised);
        Assert.Contains("De selectie wordt definitief gemaakt", OfficeFlow.MainText(finalisedHtml), StringComparison.Ordinal);

        var outcomes = await Outbox.WaitForAsync(office.Host.OutboxPath, m => (m.Subject ?? "").StartsWith("Uw aanmelding is", StringComparison.Ordinal), 2, TimeSpan.FromSeconds(120));
        Assert.Equal(2, outcomes.Count);
        Assert.Contains(outcomes, m => (m.TextBody ?? "").Contains("als de enige deelnemende wijk", StringComparison.Ordinal));
        (_, html, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/selection", cookie);
        Assert.Contains("De selectie is definitief.", OfficeFlow.MainText(html), StringComparison.Ordinal);
        Assert.Empty(OfficeFlow.Parse(html).QuerySelectorAll("main form[action$='/selection']"));
    }
}
