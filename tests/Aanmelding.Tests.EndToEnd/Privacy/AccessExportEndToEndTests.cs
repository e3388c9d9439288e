using System.Net;
using System.Text.Json;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Privacy;

/// <summary>The applicant's right of access (issue 17, 3): everything held about the application, through the receipt link.</summary>
[Collection(IntakeHosts.Collection)]
public sealed class AccessExportEndToEndTests(IntakeHosts hosts)
{
    [SkippableTheory, OnBothHosts]
    public async Task The_receipt_page_links_a_download_of_the_answers_consent_status_and_mails_sent(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var marked = MarkedApplication.New();
        var accepted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, JsonSerializer.SerializeToNode(marked.Application("Deventer").Json())!);
        await Outbox.WaitForAsync(intake.Host.OutboxPath, m => Outbox.To(m) == marked.Email);

        var receipt = await Pages.GetAsync(intake.Client, $"/applications/{accepted.Id}?token={Uri.EscapeDataString(accepted.Token)}");
        var link = receipt.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).Single(href => href.Contains("/export?token=", StringComparison.Ordinal));
        using var response = await intake.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(accepted.Id, export.GetProperty("id").GetString());
        Assert.Equal($"Gemeente {marked.Marker}org", export.GetProperty("answers").GetProperty("organisation").GetString());
        Assert.Equal(marked.Phone, export.GetProperty("answers").GetProperty("contact").GetProperty("phone").GetString());
        Assert.False(string.IsNullOrEmpty(export.GetProperty("consent").GetProperty("noticeVersion").GetString()));
        Assert.True(export.GetProperty("consent").GetProperty("givenAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
        Assert.Equal("submitted", export.GetProperty("status").GetString());
        Assert.Contains(export.GetProperty("mailsSent").EnumerateArray(), m => m.GetProperty("kind").GetString() == "acknowledgement");
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_wrong_token_gets_nothing(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var accepted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody());

        using var response = await intake.Client.GetAsync($"/api/applications/{accepted.Id}/export?token=onzin");

        var problem = await IntakeApi.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain("answers", problem.ToString(), StringComparison.Ordinal);
    }
}
