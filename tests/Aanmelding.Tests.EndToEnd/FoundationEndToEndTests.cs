using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Core.Storage;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;

namespace Aanmelding.Tests.EndToEnd;

/// <summary>
/// The thinnest whole path, on both hosts: HTTP in, a table row, a running workflow, an acknowledgement in the outbox;
/// and the admin routes behind their key.
/// </summary>
public sealed class FoundationEndToEndTests(OpenCallHosts hosts) : IClassFixture<OpenCallHosts>
{
    [SkippableTheory, OnBothHosts]
    public async Task A_submission_is_stored_before_its_202_then_its_workflow_starts_and_it_is_acknowledged_by_email(HostKind kind)
    {
        var (host, callId) = Unpack(await hosts.On(kind));
        var email = $"projectleider-{Guid.NewGuid().ToString("N")[..8]}@example.org";
        using var response = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", TestApplication.Of(neighbourhood: "Fundament " + kind, email: email).Json());

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
        var instances = new TableClient(TestStorage.ConnectionString, host.TaskHub + "Instances");
        var instance = await WaitForRowAsync(instances, $"application-{id}", "");
        Assert.Equal("ApplicationWorkflow", instance.GetString("Name"));

        var acknowledgements = await Outbox.WaitForAsync(host.OutboxPath, m => Outbox.To(m) == email && (m.TextBody ?? "").Contains(id, StringComparison.Ordinal));
        var acknowledgement = Assert.Single(acknowledgements);
        Assert.Contains(id, acknowledgement.Subject + acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Contains(Outbox.Links(acknowledgement), link => link.Contains($"/applications/{id}?token=", StringComparison.Ordinal));

        // Nothing is left waiting to start once it is acknowledged; health shows that backlog to operators.
        using var health = await host.Client.GetAsync("/api/health");
        Assert.Equal(0, (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workflowStartsPending").GetInt32());
    }

    [SkippableTheory, OnBothHosts]
    public async Task Health_answers_ok_while_storage_answers(HostKind kind)
    {
        var (host, _) = Unpack(await hosts.On(kind));
        using var response = await host.Client.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", body.GetProperty("storage").GetString());
        Assert.Equal("ok", body.GetProperty("workflows").GetString());
    }

    [SkippableTheory, OnBothHosts]
    public async Task The_root_redirects_to_the_default_call_form(HostKind kind)
    {
        var (host, _) = Unpack(await hosts.On(kind));
        using var response = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/calls/kwetsbare-wijken-2018", response.Headers.Location?.ToString());
    }

    [SkippableTheory, OnBothHosts]
    public async Task Every_admin_route_answers_401_without_the_key_or_with_a_wrong_one_and_200_with_it(HostKind kind)
    {
        var (host, callId) = Unpack(await hosts.On(kind));

        foreach (var (method, path, expected) in new[]
        {
            (HttpMethod.Get, $"/api/calls/{callId}/applications", HttpStatusCode.OK),
            (HttpMethod.Get, $"/api/calls/{callId}/outcome", HttpStatusCode.Conflict),
            (HttpMethod.Post, $"/api/calls/{callId}/finalize", HttpStatusCode.Conflict),
        })
        {
            using (var anonymous = await SendAsync(host, method, path, key: null))
            {
                Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} without a key: {(int)anonymous.StatusCode}");
            }

            using (var wrong = await SendAsync(host, method, path, key: host.AdminKey[..^2] + "xx"))
            {
                Assert.True(wrong.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with a wrong key: {(int)wrong.StatusCode}");
            }

            using var keyed = await SendAsync(host, method, path, host.AdminKey);
            Assert.True(keyed.StatusCode == expected, $"{method} {path} with the key: {(int)keyed.StatusCode} {await keyed.Content.ReadAsStringAsync()}");
        }

        // The same key in the query, as Functions accepts it.
        using var query = await host.Client.GetAsync($"/api/calls/{callId}/applications?code={Uri.EscapeDataString(host.AdminKey)}");
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [SkippableTheory, OnBothHosts]
    public async Task An_address_no_route_has_is_404_and_one_of_ours_with_another_method_is_405_both_as_problems(HostKind kind)
    {
        var (host, callId) = Unpack(await hosts.On(kind));

        foreach (var (method, path, status, code) in new[]
        {
            (HttpMethod.Get, "/bestaat-niet", HttpStatusCode.NotFound, "no-route"),
            (HttpMethod.Post, "/api/calls/x/y/z", HttpStatusCode.NotFound, "no-route"),
            (HttpMethod.Delete, "/api/health", HttpStatusCode.MethodNotAllowed, "method-not-allowed"),
            (HttpMethod.Put, $"/api/calls/{callId}/applications", HttpStatusCode.MethodNotAllowed, "method-not-allowed"),
            (HttpMethod.Post, "/", HttpStatusCode.MethodNotAllowed, "method-not-allowed"),
        })
        {
            using var response = await SendAsync(host, method, path, key: null);
            Assert.True(response.StatusCode == status, $"{method} {path}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
    }

    static (AppHost Host, string CallId) Unpack(OpenCallHost open) => (open.Host, open.CallId);

    static async Task<HttpResponseMessage> SendAsync(AppHost host, HttpMethod method, string path, string? key)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        return await host.Client.SendAsync(request);
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
