using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>
/// The clock at the request decides, in the call's time zone: deadlines set relative to now (Europe/Amsterdam wall
/// time), on one LocalHost for the class (see <see cref="DeadlineCalls"/>).
/// </summary>
public sealed class DeadlineClockTests(DeadlineCalls calls) : IClassFixture<DeadlineCalls>
{
    static readonly TimeZoneInfo Amsterdam = DeadlineCalls.Amsterdam;

    AppHost Host => calls.Host;

    [Fact]
    public async Task A_deadline_a_minute_past_refuses_with_call_closed_and_one_an_hour_ahead_accepts()
    {
        var (host, pastCall, aheadCall) = (Host, calls.PastCallId, calls.AheadCallId);

        using (var closed = await IntakeApi.SubmitAsync(host.Client, pastCall, IntakeApi.ValidBody()))
        {
            var problem = await IntakeApi.ProblemAsync(closed, HttpStatusCode.Conflict);
            Assert.Equal("call-closed", problem.GetProperty("code").GetString());
        }

        var pastInfo = await host.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{pastCall}");
        Assert.False(pastInfo.GetProperty("open").GetBoolean());
        Assert.Equal(ExpectedIso(calls.PastDeadline), pastInfo.GetProperty("deadline").GetString());
        var pastPage = await Pages.GetAsync(host.Client, $"/calls/{pastCall}");
        Assert.Empty(pastPage.QuerySelectorAll("form"));
        Assert.Contains("De aanmeldtermijn is gesloten sinds", pastPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var accepted = await IntakeApi.SubmitAcceptedAsync(host.Client, aheadCall, IntakeApi.ValidBody());
        Assert.Equal("submitted", (await IntakeApi.ReceiptAsync(host.Client, accepted.Id, accepted.Token)).GetProperty("status").GetString());
        Assert.NotEmpty((await Pages.GetAsync(host.Client, $"/calls/{aheadCall}")).QuerySelectorAll("form"));
    }

    [Fact]
    public async Task Once_the_deadline_passes_withdrawing_changing_and_applying_are_409_and_the_form_says_closed()
    {
        var (host, callId) = (Host, calls.ClosingCallId);
        var wijk = IntakeApi.UniqueNeighbourhood("Laatste");
        var submitted = await IntakeApi.SubmitAcceptedAsync(host.Client, callId, IntakeApi.ValidBody(wijk));
        var receiptPath = $"/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}";
        var before = await Pages.GetAsync(host.Client, receiptPath);
        var withdrawForm = before.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Action.Contains("/withdraw", StringComparison.Ordinal));
        withdrawForm.QuerySelector<IHtmlInputElement>("input[name=confirm]")!.IsChecked = true;
        var changePage = await Pages.GetAsync(host.Client, $"/applications/{submitted.Id}/change?token={Uri.EscapeDataString(submitted.Token)}");
        var changeForm = Pages.Form(changePage);
        Pages.Type(changePage, "neighbourhood", wijk + " Noord");

        await WaitUntilClosedAsync(host, callId);

        // A change after the deadline: 409 for JSON; the change form opened before it shows what was typed, and whom to write to.
        var change = IntakeApi.ValidBody(wijk + " Noord");
        using (var put = await host.Client.PutAsJsonAsync($"/api/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}", change))
        {
            Assert.Equal("call-closed", (await IntakeApi.ProblemAsync(put, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }

        using (var lateChange = await Pages.SubmitAsync(host.Client, changeForm))
        {
            Assert.Equal(HttpStatusCode.Conflict, lateChange.StatusCode);
            var page = await Pages.ParseAsync(lateChange);
            Assert.Equal("Wijziging niet opgeslagen", page.QuerySelector("h1")!.TextContent);
            Assert.Contains(wijk + " Noord", page.QuerySelector("#ingevuld")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("#melding a[href^='mailto:']"));
        }

        using (var withdraw = await IntakeApi.WithdrawAsync(host.Client, submitted.Id, submitted.Token))
        {
            var problem = await IntakeApi.ProblemAsync(withdraw, HttpStatusCode.Conflict);
            Assert.Equal("call-closed", problem.GetProperty("code").GetString());
            Assert.StartsWith("Intrekken kon tot ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // A receipt page opened before the deadline still posts its form: the answer is a page that says why.
        using (var late = await Pages.SubmitAsync(host.Client, withdrawForm))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Equal("Intrekken niet meer mogelijk", (await Pages.ParseAsync(late)).QuerySelector("h1")!.TextContent);
        }

        var after = await Pages.GetAsync(host.Client, receiptPath);
        Assert.Equal("Ontvangen – wordt beoordeeld", after.QuerySelector("[role=status] strong")!.TextContent);
        Assert.Equal(wijk, Pages.Detail(after, "Wijk"));
        Assert.Empty(after.QuerySelectorAll("form"));
        Assert.Equal("submitted", (await IntakeApi.ReceiptAsync(host.Client, submitted.Id, submitted.Token)).GetProperty("status").GetString());

        using (var tooLate = await IntakeApi.SubmitAsync(host.Client, callId, IntakeApi.ValidBody()))
        {
            var problem = await IntakeApi.ProblemAsync(tooLate, HttpStatusCode.Conflict);
            Assert.Equal("call-closed", problem.GetProperty("code").GetString());
        }

        var form = await Pages.GetAsync(host.Client, $"/calls/{callId}");
        Assert.Empty(form.QuerySelectorAll("form"));
        Assert.Contains("De aanmeldtermijn is gesloten sinds", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    static string ExpectedIso(DateTime local) =>
        new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    static async Task WaitUntilClosedAsync(AppHost host, string callId)
    {
        var giveUp = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var info = await host.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
            if (!info.GetProperty("open").GetBoolean())
            {
                return;
            }

            Assert.True(DateTime.UtcNow < giveUp, "The call did not close.");
            await Task.Delay(500);
        }
    }
}
