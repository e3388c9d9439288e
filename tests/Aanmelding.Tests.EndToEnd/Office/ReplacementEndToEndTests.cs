using System.Net;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;
using Aanmelding.Tests.EndToEnd.Selection;

namespace Aanmelding.Tests.EndToEnd.Office;

/// <summary>
/// After the selection, through HTTP on the real stack: a selected applicant that drops out is replaced from the office
/// by the first on the reserve list, only with the session's form token and an explicit confirmation; both applicants
/// hear it once, however often the button is pressed; the selection, the outcome route and the trail show it.
/// </summary>
[LongRunning(7)]
public sealed class ReplacementEndToEndTests
{
    const string A = ReviewCall.CoordinatorA;

    [SkippableTheory, OnBothHosts]
    public async Task A_selected_applicant_that_drops_out_is_replaced_by_the_first_on_the_reserve_list_once_and_both_hear_it_once(HostKind kind)
    {
        TestHosts.SkipUnlessAvailable(kind);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        await using var office = await OfficeHost.ClosingAsync(kind, deadline, "replace", ("Calls__{callId}__Capacity", "1"));
        var callId = office.CallId;

        // Three approved wijken in three gemeenten, one place: Zaanstad is selected, Groningen first on the reserve list.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (municipality, score) in new[] { ("Zaanstad", 5), ("Groningen", 4), ("Utrecht", 3) })
        {
            var (id, _) = await ReviewFlow.SubmitAsync(office.Host, callId, municipality);
            var links = await ReviewFlow.WaitForReviewLinksAsync(office.Host, id, A, ReviewCall.CoordinatorB);
            Assert.Equal(HttpStatusCode.OK, (await ReviewFlow.PostJsonAsync(office.Host, id, new { token = links[A].Token, decision = "approved", score })).Status);
            ids[municipality] = id;
        }

        await ReviewFlow.WaitUntilClosedAsync(office.Host, callId, deadline);
        var cookie = await OfficeFlow.SignInAsync(office, A);
        var (_, selectionHtml, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/selection", cookie);
        var (finalised, _, _) = await OfficeFlow.PostFormAsync(office, $"{office.Office}/selection", cookie, ("formulier-token", OfficeFlow.FormToken(selectionHtml)), ("bevestigen", "ja"));
        Assert.Equal(HttpStatusCode.OK, finalised);
        await Outbox.WaitForAsync(office.Host.OutboxPath, m => MailKind.Is(m, MailKind.Outcome), 3, TimeSpan.FromSeconds(120));

        // The final selection offers to replace the selected one only.
        (_, selectionHtml, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/selection", cookie);
        var replaceLinks = OfficeFlow.Parse(selectionHtml).QuerySelectorAll("main a[href$='/replace']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"{office.Office}/applications/{ids["Zaanstad"]}/replace"], replaceLinks);
        var replacePath = replaceLinks[0]!;

        // The page names who takes the place, and changes nothing.
        var (status, html, _) = await OfficeFlow.GetAsync(office, replacePath, cookie);
        Assert.Equal(HttpStatusCode.OK, status);
        var text = OfficeFlow.MainText(html);
        Assert.Contains("Neemt de plaats in", text, StringComparison.Ordinal);
        Assert.Contains("Groningen", text, StringComparison.Ordinal);
        Assert.StartsWith("Vervangen: ", OfficeFlow.Parse(html).Title, StringComparison.Ordinal);
        var (reserveStatus, _, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/applications/{ids["Utrecht"]}/replace", cookie);
        Assert.Equal(HttpStatusCode.Conflict, reserveStatus);

        // Without the session's token or the confirmation, nothing happens.
        var token = OfficeFlow.FormToken(html);
        Assert.Equal(HttpStatusCode.Forbidden, (await OfficeFlow.PostFormAsync(office, replacePath, cookie, ("bevestigen", "ja"))).Status);
        var (unconfirmed, unconfirmedHtml, _) = await OfficeFlow.PostFormAsync(office, replacePath, cookie, ("formulier-token", token));
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed);
        Assert.Contains("Vink aan dat u de vervanging wilt doorvoeren.", OfficeFlow.MainText(unconfirmedHtml), StringComparison.Ordinal);
        Assert.Equal("selected", await OutcomeOfAsync(office, ids["Zaanstad"]));

        // A double click: both answers say it is under way (or done); it happens once.
        var clicks = await Task.WhenAll(
            OfficeFlow.PostFormAsync(office, replacePath, cookie, ("formulier-token", token), ("bevestigen", "ja")),
            OfficeFlow.PostFormAsync(office, replacePath, cookie, ("formulier-token", token), ("bevestigen", "ja")));
        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.OK, c.Status));
        Assert.Contains(clicks, c => OfficeFlow.MainText(c.Html).Contains("neemt de plaats in van", StringComparison.Ordinal));

        var dropped = Assert.Single(await Outbox.WaitForAsync(office.Host.OutboxPath, m => MailKind.Is(m, MailKind.DroppedOut), 1, TimeSpan.FromSeconds(90)));
        var promoted = Assert.Single(await Outbox.WaitForAsync(office.Host.OutboxPath, m => MailKind.Is(m, MailKind.SelectedFromReserve), 1, TimeSpan.FromSeconds(90)));
        Assert.Contains("Zaanstad", dropped.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Groningen", dropped.TextBody, StringComparison.Ordinal);
        Assert.Contains("Groningen", promoted.TextBody, StringComparison.Ordinal);
        Assert.Contains("als de enige deelnemende wijk", promoted.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("score", promoted.TextBody, StringComparison.OrdinalIgnoreCase);

        // Pressed again once done: "al vervangen", nothing new.
        var (again, againHtml, _) = await OfficeFlow.PostFormAsync(office, replacePath, cookie, ("formulier-token", token), ("bevestigen", "ja"));
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Contains("is op", OfficeFlow.MainText(againHtml), StringComparison.Ordinal);
        Assert.StartsWith("Al vervangen: ", OfficeFlow.Parse(againHtml).Title, StringComparison.Ordinal);
        Assert.Equal("selected", await OutcomeOfAsync(office, ids["Groningen"]));
        Assert.Equal("withdrawn", await OutcomeOfAsync(office, ids["Zaanstad"]));
        Assert.Equal("reserve", await OutcomeOfAsync(office, ids["Utrecht"]));
        Assert.Single(Outbox.Read(office.Host.OutboxPath), m => MailKind.Is(m, MailKind.DroppedOut));
        Assert.Single(Outbox.Read(office.Host.OutboxPath), m => MailKind.Is(m, MailKind.SelectedFromReserve));

        // The trail of both says what happened and who recorded it.
        var (_, droppedPage, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/applications/{ids["Zaanstad"]}", cookie);
        Assert.Contains($"afgevallen na de selectie; de plaats is gegaan naar {ids["Groningen"]}", OfficeFlow.MainText(droppedPage), StringComparison.Ordinal);
        Assert.Contains($"(vastgelegd door {A})", OfficeFlow.MainText(droppedPage), StringComparison.Ordinal);
        var (_, promotedPage, _) = await OfficeFlow.GetAsync(office, $"{office.Office}/applications/{ids["Groningen"]}", cookie);
        Assert.Contains($"van de reservelijst geselecteerd in plaats van {ids["Zaanstad"]}", OfficeFlow.MainText(promotedPage), StringComparison.Ordinal);
    }

    /// <summary>The application's outcome on the admin outcome route (the stored selection).</summary>
    static async Task<string?> OutcomeOfAsync(OfficeHost office, string id)
    {
        var outcome = await AdminApi.WaitForOutcomeAsync(office.Host, office.CallId);
        return outcome.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id).GetProperty("outcome").GetString();
    }
}
