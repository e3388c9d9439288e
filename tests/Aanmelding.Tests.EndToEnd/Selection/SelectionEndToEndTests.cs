using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aanmelding.Core.Workflows;
using Aanmelding.Tests.Support;
using MimeKit;

namespace Aanmelding.Tests.EndToEnd.Selection;

/// <summary>
/// A whole call on each host and Azurite (see <see cref="SelectionScenario"/>): the deadline closes intake, the
/// coordinators are told and reminded, finalising selects as DESIGN §4 says, and every applicant hears the outcome.
/// </summary>
[LongRunning(1)]
public sealed class SelectionEndToEndTests(SelectionScenarios calls) : IClassFixture<SelectionScenarios>
{
    [SkippableTheory, OnBothHosts]
    public async Task Each_coordinator_gets_one_intake_summary_after_the_deadline_with_counts_per_municipality_and_the_admin_link(HostKind kind)
    {
        var call = await calls.On(kind);
        var summaries = call.Mails(MailKind.IntakeClosed);

        Assert.Equal([SelectionScenario.CoordinatorA, SelectionScenario.CoordinatorB], summaries.Select(Outbox.To).Order(StringComparer.Ordinal));
        foreach (var summary in summaries)
        {
            Assert.True(summary.Date >= call.DeadlineUtc, $"summary dated {summary.Date:O}, before the deadline {call.DeadlineUtc:O}");
            Assert.Contains("8 aanmeldingen ontvangen", summary.Subject, StringComparison.Ordinal);
            var text = summary.TextBody;
            Assert.Contains("Ontvangen: 8", text, StringComparison.Ordinal);
            Assert.Contains("Nog niet beoordeeld: 1", text, StringComparison.Ordinal);
            Assert.Contains("- Utrecht: 2", text, StringComparison.Ordinal);
            foreach (var municipality in new[] { "Rotterdam", "Groningen", "Arnhem", "Zwolle", "Tilburg", "Enschede" })
            {
                Assert.Contains($"- {municipality}: 1", text, StringComparison.Ordinal);
            }

            Assert.Contains($"{call.Host.BaseAddress}office/{call.CallId}", Outbox.Links(summary));
        }
    }

    [SkippableTheory, OnBothHosts]
    public async Task Each_coordinator_gets_one_reminder_digest_listing_only_what_they_have_not_decided(HostKind kind)
    {
        var call = await calls.On(kind);
        var digests = call.Mails(MailKind.ReminderDigest);

        var a = Assert.Single(digests, m => Outbox.To(m) == SelectionScenario.CoordinatorA);
        var b = Assert.Single(digests, m => Outbox.To(m) == SelectionScenario.CoordinatorB);
        Assert.Equal(2, digests.Count);

        // A decided six of the eight; B decided two.
        Assert.Equal(Ids(call.UtrechtKanaleneiland, call.Tilburg), ReviewedIdsIn(a));
        Assert.Equal(Ids(call.UtrechtOvervecht, call.Rotterdam, call.Arnhem, call.Zwolle, call.Tilburg, call.Enschede), ReviewedIdsIn(b));
        Assert.StartsWith("Herinnering: 2 aanmeldingen wachten op uw beoordeling", a.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Herinnering: 6 aanmeldingen wachten op uw beoordeling", b.Subject, StringComparison.Ordinal);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Finalising_is_refused_while_intake_is_open_and_accepted_after_the_deadline(HostKind kind)
    {
        var call = await calls.On(kind);
        Assert.Equal(HttpStatusCode.Conflict, call.FinalizeWhileOpen.Status);
        Assert.Equal("call-open", call.FinalizeWhileOpen.Body.GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.Accepted, call.FinalizeAfterDeadline.Status);
        Assert.Equal($"/api/calls/{call.CallId}/outcome", call.FinalizeAfterDeadline.Body.GetProperty("statusUrl").GetString());
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_outcome_ranks_and_explains_every_application_as_the_selection_rule_says(HostKind kind)
    {
        var call = await calls.On(kind);
        using var response = await call.GetOutcomeAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(body.GetProperty("final").GetBoolean());
        Assert.Equal(3, body.GetProperty("selected").GetInt32());
        Assert.Equal(2, body.GetProperty("reserve").GetInt32());
        Assert.Equal(3, body.GetProperty("notSelected").GetInt32());

        // Score descending, then submission time; one wijk per gemeente; three places; rejected and undecided last.
        var expected = new (ScenarioApplicant App, string Outcome, int? Rank, int? Score, string Reason)[]
        {
            (call.UtrechtOvervecht, "selected", 1, 5, "Geselecteerd: plaats 1 van 3 (score 5)."),
            (call.UtrechtKanaleneiland, "not-selected", 2, 5, "Niet geselecteerd: uit gemeente Utrecht is al een andere aanmelding geselecteerd (één wijk per gemeente)."),
            (call.Rotterdam, "selected", 3, 4, "Geselecteerd: plaats 2 van 3 (score 4)."),
            (call.Groningen, "selected", 4, 4, "Geselecteerd: plaats 3 van 3 (score 4)."),
            (call.Arnhem, "reserve", 5, null, "Reserve 1: alle 3 plaatsen zijn vergeven (geen score gegeven, telt als 3)."),
            (call.Enschede, "reserve", 6, 2, "Reserve 2: alle 3 plaatsen zijn vergeven (score 2)."),
            (call.Zwolle, "not-selected", null, null, "Afgewezen door de beoordelaars."),
            (call.Tilburg, "not-selected", null, null, "Niet beoordeeld vóór de selectie."),
        };
        var outcomes = body.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal(expected.Length, outcomes.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (app, outcome, rank, score, reason) = expected[i];
            var row = outcomes[i];
            Assert.Equal(app.Id, row.GetProperty("id").GetString());
            Assert.Equal(outcome, row.GetProperty("outcome").GetString());
            Assert.Equal(rank, NullableInt(row.GetProperty("rank")));
            Assert.Equal(score, NullableInt(row.GetProperty("score")));
            Assert.Equal(reason, row.GetProperty("reason").GetString());
            Assert.Equal(app.Municipality, row.GetProperty("municipality").GetString());
            Assert.Equal(app.Neighbourhood, row.GetProperty("neighbourhood").GetString());
        }
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_outcome_as_CSV_is_UTF8_with_a_header_row_and_semicolons_and_matches_the_JSON(HostKind kind)
    {
        var call = await calls.On(kind);
        using var response = await call.GetOutcomeAsync("text/csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = text[..^2].Split("\r\n");
        Assert.Equal("Rang;Aanmelding;Uitkomst;Gemeente;Wijk;Organisatie;Soort organisatie;Score;Toelichting", lines[0]);
        Assert.Equal(call.Applicants.Count + 1, lines.Length);
        Assert.Equal($"1;{call.UtrechtOvervecht.Id};Geselecteerd;Utrecht;Overvecht;Gemeente Utrecht;gemeente;5;Geselecteerd: plaats 1 van 3 (score 5).", lines[1]);
        // A reason with a comma is quoted, so a spreadsheet splitting on commas keeps it whole too.
        Assert.Equal($"5;{call.Arnhem.Id};Reserve;Arnhem;Presikhaaf;Gemeente Arnhem;gemeente;;\"Reserve 1: alle 3 plaatsen zijn vergeven (geen score gegeven, telt als 3).\"", lines[5]);
        Assert.Equal($";{call.Tilburg.Id};Niet geselecteerd;Tilburg;Groenewoud;Gemeente Tilburg;gemeente;;Niet beoordeeld vóór de selectie.", lines[8]);

        using var json = await call.GetOutcomeAsync();
        var ids = (await json.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("id").GetString());
        Assert.Equal(ids, lines.Skip(1).Select(l => l.Split(';')[1]));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Every_applicant_gets_exactly_one_outcome_email_in_Dutch_with_the_reason(HostKind kind)
    {
        var call = await calls.On(kind);
        var mails = call.Mails(MailKind.Outcome);
        Assert.Equal(call.Applicants.Count, mails.Count);

        var subjects = new Dictionary<ScenarioApplicant, string>
        {
            [call.UtrechtOvervecht] = "Uw aanmelding is geselecteerd",
            [call.Rotterdam] = "Uw aanmelding is geselecteerd",
            [call.Groningen] = "Uw aanmelding is geselecteerd",
            [call.Arnhem] = "Uw aanmelding staat op de reservelijst",
            [call.Enschede] = "Uw aanmelding staat op de reservelijst",
            [call.UtrechtKanaleneiland] = "Uw aanmelding is niet geselecteerd",
            [call.Zwolle] = "Uw aanmelding is niet geselecteerd",
            [call.Tilburg] = "Uw aanmelding is niet geselecteerd",
        };
        foreach (var (applicant, subject) in subjects)
        {
            var mail = Assert.Single(mails, m => Outbox.To(m) == applicant.Email);
            Assert.StartsWith(subject + " \u2013 ", mail.Subject, StringComparison.Ordinal);
            Assert.Contains($"Uw kenmerk: {applicant.Id}", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains($"de wijk {applicant.Neighbourhood} in {applicant.Municipality}", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains(Outbox.Links(mail), l => l.Contains($"/applications/{applicant.Id}?token=", StringComparison.Ordinal));
        }

        var kanaleneiland = Assert.Single(mails, m => Outbox.To(m) == call.UtrechtKanaleneiland.Email);
        Assert.Contains("kan per gemeente één wijk meedoen", kanaleneiland.TextBody, StringComparison.Ordinal);

        // What the applicant reads carries no internal reason, score or rank (README: what applicants hear).
        Assert.All(mails, mail => Assert.DoesNotContain("score", mail.TextBody, StringComparison.OrdinalIgnoreCase));
        Assert.All(mails, mail => Assert.DoesNotContain("Toelichting", mail.TextBody, StringComparison.Ordinal));
    }

    [SkippableTheory, OnBothHosts]
    public async Task Each_coordinator_gets_the_final_summary_with_the_selection_attached_as_the_same_CSV(HostKind kind)
    {
        var call = await calls.On(kind);
        using var response = await call.GetOutcomeAsync("text/csv");
        var csv = await response.Content.ReadAsByteArrayAsync();
        var summaries = call.Mails(MailKind.FinalSummary);

        Assert.Equal([SelectionScenario.CoordinatorA, SelectionScenario.CoordinatorB], summaries.Select(Outbox.To).Order(StringComparer.Ordinal));
        foreach (var summary in summaries)
        {
            Assert.StartsWith("Selectie definitief: 3 wijken geselecteerd", summary.Subject, StringComparison.Ordinal);
            Assert.Contains("Geselecteerd: 3 van 3 plaatsen", summary.TextBody, StringComparison.Ordinal);
            Assert.Contains("Reserve: 2", summary.TextBody, StringComparison.Ordinal);
            Assert.Contains("Niet geselecteerd: 3", summary.TextBody, StringComparison.Ordinal);
            var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(summary.Attachments));
            Assert.Equal($"selectie-{call.CallId}.csv", attachment.FileName);
            Assert.Equal("text/csv", attachment.ContentType.MimeType);
            using var bytes = new MemoryStream();
            await attachment.Content!.DecodeToAsync(bytes);
            Assert.Equal(csv, bytes.ToArray());
        }
    }

    [SkippableTheory, OnBothHosts]
    public async Task Finalising_again_changes_nothing(HostKind kind)
    {
        var call = await calls.On(kind);
        using var before = await call.GetOutcomeAsync();
        var outcomeBefore = await before.Content.ReadAsStringAsync();
        var mailsBefore = call.AllMails().Count;

        var again = await call.FinalizeAsync();

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("final", again.Body.GetProperty("phase").GetString());
        Assert.Equal(3, again.Body.GetProperty("selected").GetInt32());
        using var after = await call.GetOutcomeAsync();
        Assert.Equal(outcomeBefore, await after.Content.ReadAsStringAsync());

        // Nothing may follow: once the call's workflow and every application's have completed, nothing more can be sent.
        await TaskHubState.WaitForCompletionAsync(
            call.Host.TaskHub!, [CallWorkflow.InstanceId(call.CallId), .. call.Applicants.Select(a => ApplicationWorkflow.InstanceId(a.Id))], TimeSpan.FromSeconds(90));
        Assert.Equal(mailsBefore, call.AllMails().Count);
        Assert.Equal(call.Applicants.Count, call.Mails(MailKind.Outcome).Count);
        Assert.Equal(2, call.Mails(MailKind.FinalSummary).Count);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Every_receipt_shows_the_final_outcome_with_its_reason(HostKind kind)
    {
        var call = await calls.On(kind);
        var expected = new Dictionary<ScenarioApplicant, (string Status, string Text)>
        {
            [call.UtrechtOvervecht] = ("selected", "Geselecteerd"),
            [call.Arnhem] = ("reserve", "Reserve"),
            [call.Zwolle] = ("not-selected", "Niet geselecteerd"),
            [call.UtrechtKanaleneiland] = ("not-selected", "Niet geselecteerd"),
        };
        foreach (var (applicant, (status, text)) in expected)
        {
            var receipt = await call.Host.Client.GetFromJsonAsync<JsonElement>(applicant.StatusUrl);
            Assert.Equal(status, receipt.GetProperty("status").GetString());
            Assert.Equal(text, receipt.GetProperty("statusText").GetString());
            Assert.Equal(status, receipt.GetProperty("outcome").GetString());
            Assert.False(string.IsNullOrEmpty(receipt.GetProperty("outcomeReason").GetString()));

            var page = await call.Host.Client.GetStringAsync(applicant.StatusUrl.Replace("/api/applications/", "/applications/", StringComparison.Ordinal));
            Assert.Contains(text, page, StringComparison.Ordinal);
        }
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_decision_after_the_selection_is_final_is_refused(HostKind kind)
    {
        var call = await calls.On(kind);
        var link = call.ReviewLink(SelectionScenario.CoordinatorB, call.Tilburg);
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(call.Host.BaseAddress, link).Query)["token"].ToString();

        using var response = await call.Host.Client.PostAsJsonAsync($"/api/applications/{call.Tilburg.Id}/review", new { token, decision = "approved", score = 5 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("selection-final", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    static string[] Ids(params ScenarioApplicant[] applicants) => applicants.Select(a => a.Id).Order(StringComparer.Ordinal).ToArray();

    static string[] ReviewedIdsIn(MimeMessage digest) =>
        Outbox.Links(digest)
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, "/review/([0-9A-Z]{12})\\?token=").Groups[1].Value)
            .Where(id => id.Length > 0)
            .Order(StringComparer.Ordinal)
            .ToArray();

    static int? NullableInt(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetInt32();
}
