using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Aanmelding.Core.Storage;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;

namespace Aanmelding.Tests.EndToEnd;

/// <summary>The thinnest whole path: HTTP in, a table row, a running workflow, an acknowledgement in the outbox.</summary>
public sealed class FoundationEndToEndTests : IAsyncLifetime
{
    readonly string callId = CallConfiguration.NewCallId();
    readonly string taskHub = "found" + Guid.NewGuid().ToString("N")[..8];
    LocalHostProcess host = null!;

    public async Task InitializeAsync() => host = await LocalHostProcess.StartAsync(CallConfiguration.Open(callId), taskHub);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_submission_is_stored_before_its_202_then_its_workflow_starts_and_it_is_acknowledged_by_email()
    {
        using var response = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", TestApplication.Of().Json());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal("submitted", body.GetProperty("status").GetString());
        var statusUrl = body.GetProperty("statusUrl").GetString()!;
        Assert.StartsWith($"{host.BaseAddress}api/applications/{id}?token=", statusUrl, StringComparison.Ordinal);
        Assert.Equal(statusUrl, response.Headers.Location?.ToString());

        var applications = new TableClient(TestStorage.ConnectionString, "Applications");
        var row = (await applications.GetEntityAsync<TableEntity>(ApplicationEntity.PartitionFor(callId), id)).Value;
        Assert.Equal(callId, row.GetString("CallId"));
        Assert.Equal("Gemeente Utrecht", row.GetString("Organisation"));
        Assert.Equal("submitted", row.GetString("Status"));

        // The workflow starts right after the answer (intake first), so it is there within moments, not necessarily at once.
        var instances = new TableClient(TestStorage.ConnectionString, taskHub + "Instances");
        var instance = await WaitForRowAsync(instances, $"application-{id}", "");
        Assert.Equal("ApplicationWorkflow", instance.GetString("Name"));

        var acknowledgements = await Outbox.WaitForAsync(host.OutboxPath, m => Outbox.To(m) == "projectleider@example.org" && (m.TextBody ?? "").Contains(id, StringComparison.Ordinal));
        var acknowledgement = Assert.Single(acknowledgements);
        Assert.Contains(id, acknowledgement.Subject + acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Contains(Outbox.Links(acknowledgement), link => link.Contains($"/applications/{id}?token=", StringComparison.Ordinal));

        // Nothing is left waiting to start once it is acknowledged; health shows that backlog to operators.
        using var health = await host.Client.GetAsync("/api/health");
        Assert.Equal(0, (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workflowStartsQueued").GetInt32());
    }

    [Fact]
    public async Task Health_answers_ok_while_storage_answers()
    {
        using var response = await host.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", body.GetProperty("storage").GetString());
    }

    [Fact]
    public async Task The_root_redirects_to_the_default_call_form()
    {
        using var response = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/calls/kwetsbare-wijken-2018", response.Headers.Location?.ToString());
    }

    static async Task<TableEntity> WaitForRowAsync(TableClient table, string partitionKey, string rowKey)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey);
            if (row.HasValue)
            {
                return row.Value!;
            }

            Assert.True(DateTime.UtcNow < until, $"no row {partitionKey} in {table.Name} within 30 s");
            await Task.Delay(100);
        }
    }
}
