using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>
/// Changing an application through the receipt link until the deadline (issue 16.2), as a JSON client does: the same
/// rules as a new submission, nothing half-stored, If-Match against the version, and the beoordelaar who reviewed the
/// earlier version told, with the applicant confirmed every answer.
/// </summary>
[Collection(IntakeHosts.Collection)]
public sealed class ChangeTests(IntakeHosts hosts)
{
    static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(120);

    [SkippableTheory, OnBothHosts]
    public async Task A_change_keeps_the_rules_of_a_submission_refuses_a_stale_version_and_tells_who_reviewed_the_earlier_one(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var email = $"wijziging-{Guid.NewGuid():N}@example.org";
        var first = IntakeApi.UniqueNeighbourhood("Zuilen");
        var taken = IntakeApi.UniqueNeighbourhood("Lunetten");
        var moved = IntakeApi.UniqueNeighbourhood("Hoograven");
        var submitted = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(first, email: email));
        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(taken));

        // The first beoordelaar reviews version 1; the second does not.
        var links = await ReviewFlow.WaitForReviewLinksAsync(intake.Host, submitted.Id, IntakeHost.FirstCoordinator, IntakeHost.SecondCoordinator);
        var review = links[IntakeHost.FirstCoordinator];
        var (reviewStatus, _, _) = await ReviewFlow.PostJsonAsync(intake.Host, submitted.Id, new { token = review.Token, decision = "approved", score = 4, note = "Goed plan." });
        Assert.Equal(HttpStatusCode.OK, reviewStatus);

        using (var read = await intake.Client.GetAsync($"/api/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}"))
        {
            Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        }

        // The organisation's other wijk is taken: refused, and nothing of the change is stored.
        using (var duplicate = await PutAsync(intake, submitted, IntakeApi.ValidBody(taken, email: email), "\"1\""))
        {
            Assert.Equal("duplicate", (await IntakeApi.ProblemAsync(duplicate, HttpStatusCode.Conflict)).GetProperty("code").GetString());
        }

        var invalid = IntakeApi.ValidBody(moved, email: email);
        invalid["motivation"] = "Te kort.";
        using (var refused = await PutAsync(intake, submitted, invalid, "\"1\""))
        {
            Assert.Contains("motivation", (await IntakeApi.ValidationErrorsAsync(refused)).Keys);
        }

        var unchanged = await IntakeApi.ReceiptAsync(intake.Client, submitted.Id, submitted.Token);
        Assert.Equal(first, unchanged.GetProperty("application").GetProperty("neighbourhood").GetString());
        Assert.Equal(1, unchanged.GetProperty("version").GetInt32());

        // The change itself: a new wijk and more motivation, on version 1.
        var change = IntakeApi.ValidBody(moved, email: email);
        change["motivation"] = TestApplication.DefaultMotivation + " Aangevuld na overleg met de bewoners.";
        using (var changed = await PutAsync(intake, submitted, change, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Equal("\"2\"", changed.Headers.ETag?.Tag);
        }

        // A second tab still on version 1 does not overwrite it.
        using (var stale = await PutAsync(intake, submitted, IntakeApi.ValidBody(first, email: email), "\"1\""))
        {
            Assert.Equal("stale", (await IntakeApi.ProblemAsync(stale, HttpStatusCode.PreconditionFailed)).GetProperty("code").GetString());
        }

        // The form on version 2 with a number of homes that is none: the form again, and nothing of it stored.
        var fields = TestApplication.Of("Utrecht", IntakeApi.UniqueNeighbourhood("Tuindorp"), "Gemeente Utrecht", email).FormFields()
            .Where(f => f.Key != "homes").Append(new("homes", "heel veel")).Append(new("version", "2"));
        using (var form = await intake.Client.PostAsync($"/applications/{submitted.Id}/change?token={Uri.EscapeDataString(submitted.Token)}", new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
            Assert.Equal("Vul het aantal woningen in als heel getal, bijvoorbeeld 1200.", Pages.MessageBeside(await Pages.ParseAsync(form), "homes"));
        }

        var now = await IntakeApi.ReceiptAsync(intake.Client, submitted.Id, submitted.Token);
        Assert.Equal(moved, now.GetProperty("application").GetProperty("neighbourhood").GetString());
        Assert.Equal(2, now.GetProperty("version").GetInt32());

        // The applicant gets every answer as it now stands; the notices to beoordelaars go out before it.
        var confirmation = Assert.Single(await Outbox.WaitForAsync(intake.Host.OutboxPath, m => Outbox.To(m) == email && Kind(m) == "change-confirmation", timeout: MailTimeout));
        Assert.Contains(moved, confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains("Aangevuld na overleg met de bewoners.", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains("kwetsbare-wijken@example.org", confirmation.ReplyTo.Mailboxes.Single().Address, StringComparison.Ordinal);
        var notices = Outbox.Read(intake.Host.OutboxPath).Where(m => Kind(m) == "change-notice" && (m.TextBody ?? "").Contains(submitted.Id, StringComparison.Ordinal)).ToList();
        var notice = Assert.Single(notices);
        Assert.Equal(IntakeHost.FirstCoordinator, Outbox.To(notice));
        Assert.Contains(Outbox.Links(notice), l => l.Contains($"/review/{submitted.Id}?token=", StringComparison.Ordinal));

        // The review page says the review was of an earlier version.
        var (pageStatus, html) = await ReviewFlow.GetPageAsync(intake.Host, review.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Contains("beoordeeld op een eerdere versie", html, StringComparison.Ordinal);

        // The wijk it left is free again for the organisation.
        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, IntakeApi.ValidBody(first));
    }

    static string Kind(MimeKit.MimeMessage message) => message.Headers["X-Aanmelding-Kind"] ?? "";

    static async Task<HttpResponseMessage> PutAsync(IntakeHost intake, Accepted submitted, JsonObject body, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/applications/{submitted.Id}?token={Uri.EscapeDataString(submitted.Token)}")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await intake.Client.SendAsync(request);
    }
}
