using System.Net;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Privacy;

/// <summary>The privacy notice (issue 17, 1): a page per call, linked beside the consent box and from every e-mail.</summary>
[Collection(IntakeHosts.Collection)]
public sealed class PrivacyNoticeEndToEndTests(IntakeHosts hosts)
{
    [SkippableTheory, OnBothHosts]
    public async Task The_notice_names_the_calls_organisers_contact_address_and_retention(HostKind kind)
    {
        var intake = await hosts.On(kind);

        var page = await Pages.GetAsync(intake.Client, $"/privacy/{intake.WinterCallId}");

        Assert.Equal("Privacyverklaring", page.QuerySelector("h1")?.TextContent);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Stichting Warme Wijk is verantwoordelijk", main, StringComparison.Ordinal);
        Assert.Contains("Tot 365 dagen nadat de selectie definitief is.", main, StringComparison.Ordinal);
        Assert.Contains("dan tot 30 dagen na het intrekken", main, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href^='mailto:']"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_unknown_call_has_no_notice_and_says_so_in_Dutch(HostKind kind)
    {
        var intake = await hosts.On(kind);

        using var response = await intake.Client.GetAsync("/privacy/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze oproep bestaat niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_form_links_the_notice_beside_the_consent_box_and_the_acknowledgement_links_it_too(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var form = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");

        var consent = form.QuerySelector("#f-consent")!;
        var description = form.GetElementById(consent.GetAttribute("aria-describedby")!.Split(' ')[^1])!;
        Assert.Equal($"/privacy/{intake.OpenCallId}", description.QuerySelector("a")?.GetAttribute("href"));

        var email = $"privacy-{Guid.NewGuid():N}@example.org";
        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(email: email));
        var mail = (await Outbox.WaitForAsync(intake.Host.OutboxPath, m => Outbox.To(m) == email))[0];
        Assert.Contains(new Uri(intake.Host.BaseAddress, $"/privacy/{intake.OpenCallId}").ToString(), Outbox.Links(mail));
        Assert.Contains($"/privacy/{intake.OpenCallId}", mail.HtmlBody ?? "", StringComparison.Ordinal);
    }
}
