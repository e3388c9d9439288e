using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>
/// The applicant's forms post to page addresses (issue 16, point 4): after a post the address bar shows a page, and
/// pressing Enter there (a GET) gives a Dutch page, never JSON.
/// </summary>
[Collection(IntakeHosts.Collection)]
public sealed class PageAddressTests(IntakeHosts hosts)
{
    [SkippableTheory, OnBothHosts]
    public async Task A_failed_submit_stays_on_the_form_address_and_Enter_there_shows_the_form(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        Assert.Equal($"/calls/{intake.OpenCallId}", Pages.Form(page).GetAttribute("action"));
        Pages.FillValid(page, IntakeApi.UniqueNeighbourhood("Adresbalk"));
        Pages.Type(page, "contact.email", "");

        using var failed = await Pages.SubmitAsync(intake.Client, Pages.Form(page));
        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        Assert.Equal($"/calls/{intake.OpenCallId}", failed.RequestMessage!.RequestUri!.AbsolutePath);

        using var enter = await AsBrowserAsync(intake.Client, failed.RequestMessage.RequestUri.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, enter.StatusCode);
        Assert.NotNull(Pages.Form(await Pages.ParseAsync(enter)));
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_receipt_and_duplicate_forms_post_to_page_addresses_that_answer_a_browser_with_a_page(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Paginaroute");
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));
        var receipt = await Pages.GetAsync(intake.Client, $"/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}");
        var withdraw = receipt.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Action.Contains("/withdraw", StringComparison.Ordinal));
        var withdrawAddress = withdraw.GetAttribute("action")!;
        Assert.StartsWith($"/applications/{submitted.Id}/withdraw?token=", withdrawAddress, StringComparison.Ordinal);

        var form = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        Pages.FillValid(form, wijk);
        using var duplicate = await Pages.SubmitAsync(intake.Client, Pages.Form(form));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var again = await Pages.ParseAsync(duplicate);
        var button = again.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Action.Contains("receipt-link", StringComparison.Ordinal));
        var buttonAddress = button.GetAttribute("action")!;
        Assert.Equal($"/calls/{intake.OpenCallId}/receipt-link", buttonAddress);

        // What the address bar shows after these posts, opened with Enter: a Dutch page, not a JSON error.
        foreach (var address in new[] { withdrawAddress, buttonAddress, "/calls/bestaat-niet/iets", "/bestaat/niet" })
        {
            using var enter = await AsBrowserAsync(intake.Client, address);
            Assert.True(enter.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{address}: {(int)enter.StatusCode}");
            var shown = await Pages.ParseAsync(enter);
            Assert.NotNull(shown.QuerySelector("main a[href^='/calls/']"));
        }
    }

    [SkippableTheory, OnBothHosts]
    public async Task Posting_the_form_to_its_page_address_accepts_it_with_303_to_the_receipt(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Paginapost");
        var page = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        Pages.FillValid(page, wijk);

        using var response = await Pages.SubmitAsync(intake.Client, Pages.Form(page));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var receipt = await Pages.GetAsync(intake.Client, response.Headers.Location!.ToString());
        Assert.Equal(wijk, Pages.Detail(receipt, "Wijk"));
    }

    static Task<HttpResponseMessage> AsBrowserAsync(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client.SendAsync(request);
    }
}
