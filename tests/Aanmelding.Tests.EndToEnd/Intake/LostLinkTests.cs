using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>"Stuur mijn link opnieuw" (issue 16, point 3): the links of an address's applications, to that address only, and the same answer whatever is typed.</summary>
[Collection(IntakeHosts.Collection)]
public sealed class LostLinkTests(IntakeHosts hosts)
{
    static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(120);

    [SkippableTheory, OnBothHosts]
    public async Task The_links_of_every_application_of_the_address_go_to_that_address_and_work(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var address = $"kwijt-{Guid.NewGuid():N}@example.org";
        var first = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(IntakeApi.UniqueNeighbourhood("Eerste"), email: address));
        var second = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(IntakeApi.UniqueNeighbourhood("Tweede"), email: address));

        var form = await Pages.GetAsync(intake.Client, $"/calls/{intake.OpenCallId}");
        var lostLink = form.QuerySelectorAll<IHtmlAnchorElement>("main a").Single(a => a.TextContent == "Stuur mijn link opnieuw").GetAttribute("href")!;
        Assert.Equal($"/calls/{intake.OpenCallId}/lost-link", lostLink);
        var page = await Pages.GetAsync(intake.Client, lostLink);
        var pageForm = page.QuerySelector<IHtmlFormElement>("main form")!;
        Assert.Equal(lostLink, pageForm.GetAttribute("action"));
        var field = pageForm.QuerySelector<IHtmlInputElement>("input[name=email]")!;
        Assert.Equal("E-mailadres", page.QuerySelector($"label[for='{field.Id}']")!.TextContent);
        Assert.Equal("f-email-uitleg", field.GetAttribute("aria-describedby"));

        // Typed in another case and with spaces: the same inbox.
        field.Value = "  " + address.ToUpperInvariant() + " ";
        using var answer = await Pages.SubmitAsync(intake.Client, pageForm);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Verzoek ontvangen", (await Pages.ParseAsync(answer)).QuerySelector("h1")!.TextContent);
        var mail = Assert.Single(await Outbox.WaitForAsync(intake.Host.OutboxPath, m => Outbox.To(m) == address && m.Headers["X-Aanmelding-Kind"] == "receipt-links", timeout: MailTimeout));
        Assert.Equal("Uw links voor Verduurzaming van kwetsbare wijken (test)", mail.Subject);
        foreach (var application in new[] { first, second })
        {
            var link = Outbox.Links(mail).Single(l => l.Contains($"/applications/{application.Id}?token=", StringComparison.Ordinal));
            var receipt = await Pages.GetAsync(intake.Client, new Uri(link).PathAndQuery);
            Assert.StartsWith("Uw aanmelding voor ", receipt.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        }
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_address_without_applications_gets_the_same_answer_and_no_mail(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var known = $"bekend-{Guid.NewGuid():N}@example.org";
        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(IntakeApi.UniqueNeighbourhood("Bekend"), email: known));
        var unknown = $"onbekend-{Guid.NewGuid():N}@example.org";

        var answers = new List<string>();
        foreach (var typed in new[] { known, unknown, "geen e-mailadres" })
        {
            using var response = await intake.Client.PostAsync($"/calls/{intake.OpenCallId}/lost-link", new FormUrlEncodedContent([new("email", typed)]));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add((await Pages.ParseAsync(response)).QuerySelector("main")!.InnerHtml);
        }

        Assert.Single(answers.Distinct());
        await Outbox.WaitForAsync(intake.Host.OutboxPath, m => Outbox.To(m) == known && m.Headers["X-Aanmelding-Kind"] == "receipt-links", timeout: MailTimeout);
        await WaitUntilNoReceiptLinkWorkflowRunsAsync(intake.Host.TaskHub!);
        Assert.DoesNotContain(Outbox.Read(intake.Host.OutboxPath), m => Outbox.To(m) == unknown);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Nothing_typed_gets_the_form_again_with_its_message_and_focus(HostKind kind)
    {
        var intake = await hosts.On(kind);

        using var response = await intake.Client.PostAsync($"/calls/{intake.OpenCallId}/lost-link", new FormUrlEncodedContent([new("email", " ")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Pages.ParseAsync(response);
        Assert.StartsWith("Fout: ", page.Title, StringComparison.Ordinal);
        Assert.True(page.QuerySelector("#fouten")!.HasAttribute("autofocus"));
        Assert.Equal("#f-email", page.QuerySelector("#fouten a")!.GetAttribute("href"));
        Assert.Equal("true", page.QuerySelector("#f-email")!.GetAttribute("aria-invalid"));
    }

    /// <summary>Every request to send links has run to its end, so a mail that did not come will not come.</summary>
    internal static async Task WaitUntilNoReceiptLinkWorkflowRunsAsync(string taskHub)
    {
        var instances = new TableClient(TestStorage.ConnectionString, taskHub + "Instances");
        var until = DateTime.UtcNow + MailTimeout;
        while (true)
        {
            var open = 0;
            await foreach (var row in instances.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Name eq {"ReceiptLinkWorkflow"}")))
            {
                open += row.GetString("RuntimeStatus") is "Completed" or "Failed" or "Terminated" ? 0 : 1;
            }

            if (open == 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < until, $"{open} receipt-link workflows still running");
            await Task.Delay(250);
        }
    }
}
