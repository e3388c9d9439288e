using System.Net;
using System.Net.Http.Json;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.EndToEnd.Selection;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Privacy;

/// <summary>Erasure on request (issue 17, 2): <c>DELETE /api/applications/{id}</c> with the admin key.</summary>
[Collection(IntakeHosts.Collection)]
public sealed class ErasureEndToEndTests(IntakeHosts hosts)
{
    [SkippableTheory, OnBothHosts]
    public async Task Erasing_one_application_leaves_none_of_its_personal_data_and_the_other_untouched(HostKind kind)
    {
        var intake = await hosts.On(kind);
        var host = intake.Host;
        MarkedApplication erased = MarkedApplication.New(), kept = MarkedApplication.New();
        // The erased one comes with a PDF that carries its marker in its name and its text.
        var withAttachment = ToJson(erased.Application("Zwolle"));
        withAttachment["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["fileName"] = $"{erased.Marker}brief.pdf",
            ["content"] = Convert.ToBase64String(TestPdf.Create(text: $"Steunbrief {erased.Marker}pdf")),
        });
        var first = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, withAttachment);
        var second = await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, ToJson(kept.Application("Zwolle")));
        foreach (var (id, marked) in new[] { (first.Id, erased), (second.Id, kept) })
        {
            var links = await ReviewFlow.WaitForReviewLinksAsync(host, id, IntakeHost.FirstCoordinator, IntakeHost.SecondCoordinator);
            var link = links[IntakeHost.FirstCoordinator];
            var (status, _) = await ReviewFlow.PostFormAsync(host, id, link.Token, "approved", "4", marked.Note);
            Assert.Equal(HttpStatusCode.OK, status);
            await Outbox.WaitForAsync(host.OutboxPath, m => Outbox.To(m) == marked.Email);
        }

        Assert.Contains(await PersonalDataScan.FindAsync(host, erased.Markers), place => place.StartsWith("blob attachments/", StringComparison.Ordinal));
        using (var withoutKey = await AdminApi.SendAsync(host, HttpMethod.Delete, $"/api/applications/{first.Id}", withKey: false))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        }

        using (var erasure = await AdminApi.SendAsync(host, HttpMethod.Delete, $"/api/applications/{first.Id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erasure.StatusCode);
        }

        Assert.Empty(await PersonalDataScan.FindAsync(host, erased.Markers));
        Assert.Contains(await PersonalDataScan.FindAsync(host, kept.Markers), place => place.StartsWith("table Applications", StringComparison.Ordinal));
        Assert.Contains(Outbox.Read(host.OutboxPath), m => Outbox.To(m) == kept.Email);
        using (var receipt = await intake.Client.GetAsync(second.StatusUrl.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        }

        using (var again = await AdminApi.SendAsync(host, HttpMethod.Delete, $"/api/applications/{first.Id}"))
        {
            await IntakeApi.ProblemAsync(again, HttpStatusCode.NotFound);
        }

        using (var gone = await intake.Client.GetAsync(first.StatusUrl.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        // The claim went with it: the wijk may apply again.
        await IntakeApi.SubmitAcceptedAsync(intake.Client, intake.OpenCallId, ToJson(erased.Application("Zwolle")));
    }

    static System.Text.Json.Nodes.JsonNode ToJson(TestApplication application) =>
        System.Text.Json.JsonSerializer.SerializeToNode(application.Json())!;
}
