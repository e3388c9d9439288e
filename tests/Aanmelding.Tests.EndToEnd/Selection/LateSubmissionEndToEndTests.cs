using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Core.Workflows;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;

namespace Aanmelding.Tests.EndToEnd.Selection;

/// <summary>
/// Intake is closed by the clock at every request, never by a timer: a submission after a deadline moved earlier is
/// refused at once, while the call's workflow still sleeps on the old deadline; a sweep then wakes it (the refused
/// request asks for one at once, the periodic sweep would within its bound) and the call closes within the bound
/// (issue 14.7).
/// </summary>
public sealed class LateSubmissionEndToEndTests
{
    [SkippableTheory, OnBothHosts]
    public async Task After_the_deadline_is_moved_earlier_intake_refuses_at_once_and_the_call_closes_within_the_sweep_bound(HostKind kind)
    {
        var callId = CallConfiguration.NewCallId();
        var taskHub = "late" + Guid.NewGuid().ToString("N")[..8];

        // First the call is open for another hour; its workflow sets its timer and sleeps.
        await using (var open = await TestHosts.StartAsync(kind, CallConfiguration.Open(callId, CallClock.LocalIn(TimeSpan.FromHours(1))), taskHub))
        {
            using var accepted = await open.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", TestApplication.Of().Json());
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            await WaitForTimerAsync(taskHub, callId);
        }

        // Then the deadline is moved into the past in configuration. The workflow's timer lies hours ahead, so only the
        // clock at the request can refuse.
        await using var closed = await TestHosts.StartAsync(kind, CallConfiguration.Open(callId, CallClock.LocalIn(TimeSpan.FromSeconds(-2))), taskHub);

        using var late = await closed.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", TestApplication.Of("Zwolle", "Holtenbroek", "Gemeente Zwolle", "zwolle@example.org").Json());

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("application/problem+json", late.Content.Headers.ContentType?.MediaType);
        Assert.Equal("call-closed", (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["organisation"] = "Gemeente Zwolle" });
        using var lateForm = await closed.Client.PostAsync($"/api/calls/{callId}/applications", form);
        Assert.Equal(HttpStatusCode.Conflict, lateForm.StatusCode);
        Assert.Contains("gesloten", await lateForm.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var info = await closed.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
        Assert.False(info.GetProperty("open").GetBoolean());

        // The coordinators hear that intake closed, and the admin list says so, within the bound.
        var summary = await Outbox.WaitForAsync(closed.OutboxPath, m => m.Headers["X-Aanmelding-Kind"] == "intake-closed", timeout: WorkflowSweepSchedule.Standard.Bound);
        Assert.Single(summary);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/calls/{callId}/applications");
        request.Headers.Add("x-functions-key", closed.AdminKey);
        using var list = await closed.Client.SendAsync(request);
        var admin = await list.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", admin.GetProperty("phase").GetString());
        Assert.Equal(1, admin.GetProperty("count").GetInt32());
    }

    /// <summary>Waits until the call's workflow has created its durable timer (a TimerCreated row in the task hub's history).</summary>
    static async Task WaitForTimerAsync(string taskHub, string callId)
    {
        var history = new TableClient(TestStorage.ConnectionString, taskHub + "History");
        var instance = "call-" + callId;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {instance} and EventType eq {"TimerCreated"}");
            await foreach (var _ in history.QueryAsync<TableEntity>(filter, maxPerPage: 1))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the call's workflow did not set its timer within 60 s");
            await Task.Delay(250);
        }
    }
}
