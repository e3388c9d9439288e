using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Core.Calls;
using Aanmelding.Core.Workflows;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>The seed call is the default, and configuration may move it (DESIGN §10's example), with no code change.</summary>
[LongRunning(8)]
public sealed class SeedCallTests
{
    [SkippableTheory, OnBothHosts]
    public async Task The_first_run_on_fresh_storage_tells_the_beoordelaars_the_truth_about_a_call_nobody_applied_to(HostKind kind)
    {
        // Storage of its own: the once-only mail log of the shared test storage may already hold the seed call's summaries.
        TestHosts.SkipUnlessAvailable(kind);
        await using var azurite = await Azurite.StartInMemoryAsync();
        // The call's workflow is started by the sweep (LocalHost's at start, the Functions timer on its schedule): every
        // 10 s here rather than every 5 min, so the wait is for the workflow, not for the clock.
        var sweep = WorkflowSweepSchedule.Parse("*/10 * * * * *")!;
        await using var host = await TestHosts.StartAsync(kind, new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            [WorkflowSweepSchedule.SettingName.Replace(":", "__", StringComparison.Ordinal)] = sweep.Text,
        });

        var closed = Assert.Single(await Outbox.WaitForAsync(host.OutboxPath, m => m.Headers["X-Aanmelding-Kind"] == "intake-closed", timeout: sweep.Bound + TimeSpan.FromSeconds(120)));

        // Once the call's workflow has completed nothing more can come of it: the intake summary is all they got.
        await TaskHubState.WaitForCompletionAsync(host.TaskHub!, [CallWorkflow.InstanceId(CallCatalog.DefaultCallId)], TimeSpan.FromSeconds(120), azurite.ConnectionString);
        Assert.Equal([closed.MessageId], Outbox.Read(host.OutboxPath).Where(m => Outbox.To(m) == "coordinator@example.org").Select(m => m.MessageId));

        Assert.StartsWith("Aanmeldtermijn gesloten: geen aanmeldingen ontvangen", closed.Subject, StringComparison.Ordinal);
        Assert.Contains("Er is geen enkele aanmelding binnengekomen.", closed.TextBody, StringComparison.Ordinal);
        Assert.Contains("na de beoordelingstermijn wordt er niemand geselecteerd", closed.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Dank daarvoor", closed.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Alle aanmeldingen zijn beoordeeld", closed.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("kwetsbare-wijken@example.org", Assert.Single(closed.ReplyTo.Mailboxes).Address);
        Assert.Contains("mail naar kwetsbare-wijken@example.org", closed.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configuration_moves_the_seed_calls_deadline_and_the_root_then_leads_to_an_open_form()
    {
        await using var host = await IntakeHost.StartReadyAsync(HostKind.LocalHost, new Dictionary<string, string>
        {
            ["Calls__kwetsbare-wijken-2018__Deadline"] = "2029-12-14T17:00:00",
            ["Calls__kwetsbare-wijken-2018__Capacity"] = "10",
        });

        using var root = await host.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        var page = await Pages.GetAsync(host.Client, root.Headers.Location!.ToString());

        var intro = page.QuerySelector("main p")!.TextContent;
        Assert.Contains("Er zijn 10 plaatsen, één wijk per gemeente.", intro, StringComparison.Ordinal);
        Assert.Contains("Aanmelden kan tot en met vrijdag 14 december 2029, 17:00 (Nederlandse tijd).", intro, StringComparison.Ordinal);
        Assert.NotNull(Pages.Form(page));

        var info = await host.Client.GetFromJsonAsync<JsonElement>("/api/calls/kwetsbare-wijken-2018");
        Assert.Equal("Verduurzaming van kwetsbare wijken", info.GetProperty("title").GetString());
        Assert.Equal("2029-12-14T17:00:00+01:00", info.GetProperty("deadline").GetString());
        Assert.True(info.GetProperty("open").GetBoolean());
    }
}
