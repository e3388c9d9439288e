using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Aanmelding.Core.Workflows;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>Receipts (page and JSON), the acknowledgement's link, tokens, and withdrawing before the deadline (issue item 4).</summary>
[Collection(IntakeHosts.Collection)]
public sealed class ReceiptAndWithdrawTests(IntakeHosts hosts)
{
    static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(120);

    [SkippableTheory, OnBothHosts]
    public async Task The_receipt_json_shows_the_status_and_everything_submitted(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Transwijk");
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));

        var receipt = await IntakeApi.ReceiptAsync(intake.Client, submitted.Id, submitted.Token);

        Assert.Equal(submitted.Id, receipt.GetProperty("id").GetString());
        Assert.Equal(intake.OpenCallId, receipt.GetProperty("callId").GetString());
        Assert.Equal("submitted", receipt.GetProperty("status").GetString());
        Assert.Equal("Ontvangen – wordt beoordeeld", receipt.GetProperty("statusText").GetString());
        Assert.Equal(JsonValueKind.Null, receipt.GetProperty("withdrawnAt").ValueKind);
        var application = receipt.GetProperty("application");
        Assert.Equal("gemeente", application.GetProperty("applicantType").GetString());
        Assert.Equal("Gemeente Utrecht", application.GetProperty("organisation").GetString());
        Assert.Equal("Utrecht", application.GetProperty("municipality").GetString());
        Assert.Equal(wijk, application.GetProperty("neighbourhood").GetString());
        Assert.Equal(4200, application.GetProperty("homes").GetInt32());
        Assert.Equal("aangewezen", application.GetProperty("gasFreeStatus").GetString());
        Assert.Equal(["armoede", "eenzaamheid"], application.GetProperty("challenges").Deserialize<string[]>()!);
        Assert.Equal(TestApplication.DefaultMotivation, application.GetProperty("motivation").GetString());
        Assert.Equal("Woningcorporatie Mitros, bewonersplatform", application.GetProperty("partners").GetString());
        Assert.Equal("Anne de Vries", application.GetProperty("contact").GetProperty("name").GetString());
        Assert.Equal("projectleider@example.org", application.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal("030 123 4567", application.GetProperty("contact").GetProperty("phone").GetString());
        Assert.True(application.GetProperty("consent").GetBoolean());
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_receipt_page_shows_the_status_the_data_and_a_way_to_withdraw(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Oog in Al");
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));

        using var response = await intake.Client.GetAsync($"/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = await Pages.ParseAsync(response);
        Assert.Equal($"Uw aanmelding voor {wijk}, Utrecht", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith($"Ontvangstbevestiging: {wijk}, Utrecht", page.Title, StringComparison.Ordinal);
        Assert.Equal("Ontvangen – wordt beoordeeld", page.QuerySelector("[role=status] strong")!.TextContent);
        Assert.Equal(submitted.Id, Pages.Detail(page, "Kenmerk"));
        Assert.Equal("Gemeente", Pages.Detail(page, "Soort organisatie"));
        Assert.Equal(wijk, Pages.Detail(page, "Wijk"));
        Assert.Equal("4.200", Pages.Detail(page, "Aantal woningen"));
        Assert.Equal("Aangewezen als aardgasvrije wijk", Pages.Detail(page, "Aardgasvrij"));
        Assert.Equal("Armoede en Eenzaamheid", Pages.Detail(page, "Opgaven in de wijk"));
        Assert.Equal(TestApplication.DefaultMotivation, Pages.Detail(page, "Motivatie"));
        Assert.Equal("projectleider@example.org", Pages.Detail(page, "E-mailadres"));
        Assert.Contains("vrijdag 13 juli 2029, 23:59", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll<IHtmlFormElement>("form"), f => f.Action.Contains("/withdraw", StringComparison.Ordinal));
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_acknowledgement_email_carries_a_receipt_link_that_works(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Voordorp");
        var email = $"ontvangst-{Guid.NewGuid():N}@example.org";
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk, email: email));

        var mail = Assert.Single(await Outbox.WaitForAsync(intake.Host.OutboxPath, m => Outbox.To(m) == email, timeout: MailTimeout));

        Assert.Contains(submitted.Id, mail.Subject, StringComparison.Ordinal);
        var link = Assert.Single(Outbox.Links(mail), l => l.Contains($"/applications/{submitted.Id}?token=", StringComparison.Ordinal));
        Assert.StartsWith(intake.Host.BaseAddress.ToString(), link, StringComparison.Ordinal);
        using var response = await intake.Client.GetAsync(new Uri(link));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Pages.ParseAsync(response);
        Assert.Equal($"Uw aanmelding voor {wijk}, Utrecht", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(submitted.Id, Pages.Detail(page, "Kenmerk"));
        Assert.Equal(wijk, Pages.Detail(page, "Wijk"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_missing_or_wrong_token_gets_404_that_does_not_tell_whether_the_id_exists(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var mine = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody());
        var other = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody());
        var tampered = mine.Token[..^2] + (mine.Token[^2] == 'A' ? 'B' : 'A') + mine.Token[^1];
        var unknownId = mine.Id == "0000000000ZZ" ? "0000000000ZY" : "0000000000ZZ";

        (string Id, string Query)[] attempts =
        [
            (mine.Id, ""), (mine.Id, "?token="), (mine.Id, "?token=onzin"), (mine.Id, $"?token={Uri.EscapeDataString(tampered)}"),
            (mine.Id, $"?token={Uri.EscapeDataString(other.Token)}"), (unknownId, $"?token={Uri.EscapeDataString(mine.Token)}"),
            (unknownId, "?token=onzin"), ("niet-eens-een-kenmerk", $"?token={Uri.EscapeDataString(mine.Token)}"),

            // Only the token as sent is the token: not with padding or whitespace added.
            (mine.Id, $"?token={Uri.EscapeDataString(mine.Token + "=")}"), (mine.Id, $"?token={Uri.EscapeDataString(" " + mine.Token)}"),
            (mine.Id, $"?token={Uri.EscapeDataString(mine.Token + "\n")}"),
        ];
        var apiAnswers = new HashSet<string>(StringComparer.Ordinal);
        var pageAnswers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, query) in attempts)
        {
            using var api = await intake.Client.GetAsync($"/api/applications/{id}{query}");
            var problem = await IntakeApi.ProblemAsync(api, HttpStatusCode.NotFound);
            apiAnswers.Add($"{problem.GetProperty("code")}|{problem.GetProperty("title")}|{problem.GetProperty("detail")}");

            using var page = await intake.Client.GetAsync($"/applications/{id}{query}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            pageAnswers.Add(await page.Content.ReadAsStringAsync());

            using var withdraw = await intake.Client.PostAsync($"/api/applications/{id}/withdraw{query}", null);
            Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        }

        Assert.Single(apiAnswers);
        Assert.Single(pageAnswers);
        Assert.Equal("submitted", (await IntakeApi.ReceiptAsync(intake.Client, mine.Id, mine.Token)).GetProperty("status").GetString());
    }

    [SkippableTheory, OnBothHosts]
    public async Task Withdrawing_before_the_deadline_tells_the_coordinators_and_frees_the_wijk(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Pijlsweerd");
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));

        using var response = await IntakeApi.WithdrawAsync(intake.Client, submitted.Id, submitted.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("withdrawn", answer.GetProperty("status").GetString());
        var receipt = await IntakeApi.ReceiptAsync(intake.Client, submitted.Id, submitted.Token);
        Assert.Equal("withdrawn", receipt.GetProperty("status").GetString());
        Assert.Equal("Ingetrokken", receipt.GetProperty("statusText").GetString());
        Assert.Equal(JsonValueKind.String, receipt.GetProperty("withdrawnAt").ValueKind);

        // Every coordinator hears of it, once.
        foreach (var coordinator in new[] { IntakeHost.FirstCoordinator, IntakeHost.SecondCoordinator })
        {
            var notice = Assert.Single(await Outbox.WaitForAsync(
                intake.Host.OutboxPath,
                m => Outbox.To(m) == coordinator && (m.Subject ?? "").StartsWith("Ingetrokken:", StringComparison.Ordinal) && (m.TextBody ?? "").Contains(submitted.Id, StringComparison.Ordinal),
                timeout: MailTimeout));
            Assert.Contains(wijk, notice.TextBody, StringComparison.Ordinal);
        }

        // The applicant gets a confirmation that says what withdrawing means and how to apply again, once.
        var confirmation = Assert.Single(await Outbox.WaitForAsync(
            intake.Host.OutboxPath,
            m => Outbox.To(m) == "projectleider@example.org" && (m.Subject ?? "").StartsWith("Aanmelding ingetrokken:", StringComparison.Ordinal) && (m.Subject ?? "").Contains(submitted.Id, StringComparison.Ordinal),
            timeout: MailTimeout));
        Assert.Contains("Deze aanmelding doet niet mee aan de selectie.", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains("tot en met vrijdag 13 juli 2029, 23:59", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains(Outbox.Links(confirmation), l => l.EndsWith($"/calls/{intake.OpenCallId}", StringComparison.Ordinal));
        Assert.Contains(Outbox.Links(confirmation), l => l.Contains($"/applications/{submitted.Id}?token=", StringComparison.Ordinal));
        Assert.Single(confirmation.ReplyTo.Mailboxes);
        Assert.Contains(confirmation.ReplyTo.Mailboxes.Single().Address, confirmation.TextBody, StringComparison.Ordinal);

        // The receipt page says it plainly, with the way back in while the call is open.
        var page = await Pages.GetAsync(intake.Client, $"/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}");
        var status = page.QuerySelector("[role=status]")!;
        Assert.Contains("Zij doet niet mee aan de selectie en wordt niet beoordeeld.", status.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tot en met vrijdag 13 juli 2029, 23:59 (Nederlandse tijd) kunt u de wijk opnieuw aanmelden", status.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/calls/{intake.OpenCallId}", status.QuerySelector("a")!.GetAttribute("href"));

        // The organisation may apply again for the same wijk.
        var again = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));
        Assert.NotEqual(submitted.Id, again.Id);
        var listed = await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk);
        Assert.Equal(
            [(submitted.Id, "withdrawn"), (again.Id, "submitted")],
            listed.Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("status").GetString()!)).OrderBy(a => a.Item2, StringComparer.Ordinal).Reverse());
    }

    [SkippableTheory, OnBothHosts]
    public async Task Withdrawing_twice_is_answered_the_same_and_the_coordinators_hear_it_once(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Votulast");
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));
        using (var first = await IntakeApi.WithdrawAsync(intake.Client, submitted.Id, submitted.Token))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await Outbox.WaitForAsync(intake.Host.OutboxPath, m => Outbox.To(m) == IntakeHost.FirstCoordinator && (m.Subject ?? "").StartsWith("Ingetrokken:", StringComparison.Ordinal) && (m.TextBody ?? "").Contains(submitted.Id, StringComparison.Ordinal), timeout: MailTimeout);

        using var second = await IntakeApi.WithdrawAsync(intake.Client, submitted.Id, submitted.Token);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("withdrawn", JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        // The workflow ends once it has sent the notices: when it has completed, nothing can follow.
        await TaskHubState.WaitForCompletionAsync(intake.Host.TaskHub!, [ApplicationWorkflow.InstanceId(submitted.Id)], MailTimeout);
        var notices = Outbox.Read(intake.Host.OutboxPath).Where(m => (m.Subject ?? "").StartsWith("Ingetrokken:", StringComparison.Ordinal) && (m.TextBody ?? "").Contains(submitted.Id, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, notices.Count);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Contact_details_never_reach_the_log_through_submitting_mistakes_mail_or_withdrawing(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var email = $"privacy-{Guid.NewGuid():N}@example.org";
        const string Phone = "06 9876 5432";
        var name = $"Privé Persoon {Guid.NewGuid().ToString("N")[..6]}";
        var body = IntakeApi.ValidBody(email: email);
        body["contact"]!["phone"] = Phone;
        body["contact"]!["name"] = name;
        var wrong = body.DeepClone().AsObject();
        wrong["consent"] = false;
        using (var refused = await IntakeApi.SubmitAsync(intake.Client, intake.OpenCallId, wrong))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, body);
        await Outbox.WaitForAsync(intake.Host.OutboxPath, m => Outbox.To(m) == email, timeout: MailTimeout);
        using (var withdrawn = await IntakeApi.WithdrawAsync(intake.Client, submitted.Id, submitted.Token))
        {
            Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        }

        await Outbox.WaitForAsync(intake.Host.OutboxPath, m => (m.Subject ?? "").StartsWith("Ingetrokken:", StringComparison.Ordinal) && (m.TextBody ?? "").Contains(submitted.Id, StringComparison.Ordinal), count: 2, timeout: MailTimeout);

        var log = intake.Host.Output;
        Assert.Contains(submitted.Id, log, StringComparison.Ordinal);
        Assert.DoesNotContain(email, log, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Phone, log, StringComparison.Ordinal);
        Assert.DoesNotContain(name, log, StringComparison.Ordinal);
        Assert.DoesNotContain(submitted.Token, log, StringComparison.Ordinal);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Withdrawing_from_the_receipt_page_form_leads_back_to_the_receipt(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Tolsteeg");
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));
        var receiptPath = $"/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}";
        var page = await Pages.GetAsync(intake.Client, receiptPath);
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Action.Contains("/withdraw", StringComparison.Ordinal));
        form.QuerySelector<IHtmlInputElement>("input[name=confirm]")!.IsChecked = true;

        using var response = await Pages.SubmitAsync(intake.Client, form);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(receiptPath, response.Headers.Location?.ToString());
        var after = await Pages.GetAsync(intake.Client, receiptPath);
        Assert.Equal("Ingetrokken", after.QuerySelector("[role=status] strong")!.TextContent);
        Assert.Empty(after.QuerySelectorAll("form"));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Without_its_confirmation_a_withdrawal_changes_nothing_and_says_why(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var wijk = IntakeApi.UniqueNeighbourhood("Wittevrouwen");
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(wijk));
        var path = $"/api/applications/{submitted.Id}/withdraw?token={Uri.EscapeDataString(submitted.Token)}";

        // The page's form sent without the box ticked (a browser that skips `required`, or a forged post): the receipt again.
        var page = await Pages.GetAsync(intake.Client, $"/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}");
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Action.Contains("/withdraw", StringComparison.Ordinal));

        // The server checks the confirmation, not the browser (whose own bubble would speak the browser's language).
        Assert.True(form.HasAttribute("novalidate"));
        Assert.False(form.QuerySelector("input[name=confirm]")!.HasAttribute("required"));
        Assert.Contains("Intrekken betekent: uw aanmelding doet niet meer mee aan de selectie", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using (var unticked = await Pages.SubmitAsync(intake.Client, form))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
            var again = await Pages.ParseAsync(unticked);
            Assert.Contains("Vink aan dat u deze aanmelding wilt intrekken", again.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
            Assert.Equal($"Uw aanmelding voor {wijk}, Utrecht", again.QuerySelector("h1")!.TextContent);
            Assert.StartsWith("Fout: ", again.Title, StringComparison.Ordinal);
            var box = again.QuerySelector("input[name=confirm]")!;
            Assert.Equal("true", box.GetAttribute("aria-invalid"));
            Assert.StartsWith("Vink aan dat u deze aanmelding wilt intrekken", again.GetElementById(box.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
            Assert.Equal("#f-confirm", again.QuerySelector("#fouten a")!.GetAttribute("href"));
        }

        // A JSON client sends {"confirm": true}; nothing, or anything else, is a 400 that names the field.
        foreach (var body in new HttpContent?[] { null, JsonContent.Create(new { }), JsonContent.Create(new { confirm = false }) })
        {
            using var response = await intake.Client.PostAsync(path, body);
            var errors = await IntakeApi.ValidationErrorsAsync(response);
            Assert.Contains("{\"confirm\": true}", Assert.Single(errors["confirm"]), StringComparison.Ordinal);
        }

        using (var wrongType = await intake.Client.PostAsync(path, new StringContent("{\"confirm\": \"ja\"}", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Contains("confirm", (await IntakeApi.ValidationErrorsAsync(wrongType)).Keys);
        }

        Assert.Equal("submitted", (await IntakeApi.ReceiptAsync(intake.Client, submitted.Id, submitted.Token)).GetProperty("status").GetString());
        Assert.Single(await IntakeApi.ApplicationsForAsync(intake.Host, intake.OpenCallId, wijk), a => a.GetProperty("status").GetString() == "submitted");
    }
}
