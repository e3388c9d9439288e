using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>The seed call is the default, and configuration may move it (DESIGN §10's example), with no code change.</summary>
public sealed class SeedCallTests
{
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
        Assert.Contains("Aanmelden kan tot en met vrijdag 14 december 2029, 17:00 uur (Nederlandse tijd).", intro, StringComparison.Ordinal);
        Assert.NotNull(Pages.Form(page));

        var info = await host.Client.GetFromJsonAsync<JsonElement>("/api/calls/kwetsbare-wijken-2018");
        Assert.Equal("Verduurzaming van kwetsbare wijken", info.GetProperty("title").GetString());
        Assert.Equal("2029-12-14T17:00:00+01:00", info.GetProperty("deadline").GetString());
        Assert.True(info.GetProperty("open").GetBoolean());
    }
}
