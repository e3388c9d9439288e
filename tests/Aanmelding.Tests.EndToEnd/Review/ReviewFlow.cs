using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Aanmelding.Tests.Support;
using Azure;
using Azure.Data.Tables;
using MimeKit;

namespace Aanmelding.Tests.EndToEnd.Review;

/// <summary>
/// What a coordinator and an admin do, over HTTP against a running LocalHost, and where the tests look to see
/// what changed: the outbox, the admin list, the Decisions table and the workflow's row in the task hub.
/// </summary>
public static class ReviewFlow
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Submits a valid application (JSON) with a wijk of its own; returns its id and the applicant's status URL.</summary>
    public static async Task<(string Id, Uri StatusUrl)> SubmitAsync(AppHost host, string callId, string? municipality = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var form = TestApplication.Of(municipality ?? "Utrecht", $"Wijk {suffix}", $"Gemeente {suffix}").Json();
        using var response = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Submission answered {(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement;
        return (body.GetProperty("id").GetString()!, new Uri(body.GetProperty("statusUrl").GetString()!));
    }

    /// <summary>Waits for the review request to each coordinator and returns the link in each, by coordinator.</summary>
    public static async Task<IReadOnlyDictionary<string, ReviewLink>> WaitForReviewLinksAsync(AppHost host, string applicationId, params string[] coordinators)
    {
        var requests = await Outbox.WaitForAsync(host.OutboxPath, m => IsReviewRequest(m, applicationId), coordinators.Length, Patience);
        var links = new Dictionary<string, ReviewLink>(StringComparer.OrdinalIgnoreCase);
        foreach (var message in requests)
        {
            var url = Assert.Single(Outbox.Links(message), l => l.Contains($"/review/{applicationId}?token=", StringComparison.Ordinal));
            links.Add(Outbox.To(message), new ReviewLink(Outbox.To(message), new Uri(url)));
        }

        Assert.Equal(coordinators.Order(StringComparer.OrdinalIgnoreCase), links.Keys.Order(StringComparer.OrdinalIgnoreCase));
        return links;
    }

    public static bool IsReviewRequest(MimeMessage message, string applicationId) =>
        (message.Subject ?? "").StartsWith("Beoordelen:", StringComparison.Ordinal)
        && (message.TextBody ?? "").Contains($"/review/{applicationId}?token=", StringComparison.Ordinal);

    public static async Task<(HttpStatusCode Status, string Html)> GetPageAsync(AppHost host, string pathAndQuery)
    {
        using var response = await host.Client.GetAsync(pathAndQuery);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the review form as a browser does: urlencoded, token in the body, the pressed button's value.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> PostFormAsync(
        AppHost host, string applicationId, string token, string? decision, string score = "", string note = "")
    {
        var fields = new List<KeyValuePair<string, string>> { new("token", token), new("score", score), new("note", note) };
        if (decision is not null)
        {
            fields.Add(new("decision", decision));
        }

        using var content = new FormUrlEncodedContent(fields);
        using var response = await host.Client.PostAsync($"/review/{applicationId}", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The JSON twin: <c>POST /api/applications/{id}/review</c> with the token in the body.</summary>
    public static async Task<(HttpStatusCode Status, string? ContentType, JsonElement Body)> PostJsonAsync(AppHost host, string applicationId, object body)
    {
        using var response = await host.Client.PostAsJsonAsync($"/api/applications/{applicationId}/review", body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The admin list with the admin key; fails the test unless it answers 200.</summary>
    public static async Task<JsonElement> AdminListAsync(AppHost host, string callId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/calls/{callId}/applications");
        request.Headers.Add("x-functions-key", host.AdminKey);
        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Admin list answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> AdminRowAsync(AppHost host, string callId, string applicationId)
    {
        var list = await AdminListAsync(host, callId);
        return Assert.Single(list.GetProperty("applications").EnumerateArray(), a => a.GetProperty("id").GetString() == applicationId);
    }

    /// <summary>The audit trail for one application, oldest first.</summary>
    public static async Task<IReadOnlyList<TableEntity>> DecisionRowsAsync(string applicationId)
    {
        var table = new TableClient(TestStorage.ConnectionString, "Decisions");
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {applicationId}")))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No decision was ever recorded on this storage account: the table does not exist yet.
        }

        return rows.OrderBy(r => r.RowKey, StringComparer.Ordinal).ToList();
    }

    /// <summary>The application workflow's row in the task hub's instances table, or null while there is none.</summary>
    public static async Task<TableEntity?> WorkflowRowAsync(string taskHub, string applicationId)
    {
        var table = new TableClient(TestStorage.ConnectionString, taskHub + "Instances");
        var row = await table.GetEntityIfExistsAsync<TableEntity>($"application-{applicationId}", "");
        return row.HasValue ? row.Value : null;
    }

    /// <summary>How many review decisions the application's workflow has received (ReviewDecision events in its history).</summary>
    public static async Task<int> DecisionEventsAsync(string taskHub, string applicationId)
    {
        var history = new TableClient(TestStorage.ConnectionString, taskHub + "History");
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"application-" + applicationId} and EventType eq {"EventRaised"} and Name eq {"ReviewDecision"}");
        var count = 0;
        await foreach (var _ in history.QueryAsync<TableEntity>(filter, select: ["RowKey"]))
        {
            count++;
        }

        return count;
    }

    /// <summary>The workflow's custom status as the task hub stores it (JSON), e.g. <c>"approved"</c>, or null.</summary>
    public static async Task<string?> CustomStatusAsync(string taskHub, string applicationId)
    {
        var row = await WorkflowRowAsync(taskHub, applicationId);
        var raw = row?.GetString("CustomStatus");
        return string.IsNullOrEmpty(raw) ? null : JsonSerializer.Deserialize<string>(raw);
    }

    /// <summary>Polls until the workflow reports <paramref name="expected"/> as its custom status; returns the last status seen.</summary>
    public static async Task<string?> WaitForCustomStatusAsync(string taskHub, string applicationId, string expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        string? status;
        while ((status = await CustomStatusAsync(taskHub, applicationId)) != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        return status;
    }

    /// <summary>Waits until the host says the call is closed (<c>open</c> false in its call info), which it does once the deadline's last second is over.</summary>
    public static async Task WaitUntilClosedAsync(AppHost host, string callId, DateTimeOffset deadline)
    {
        var giveUp = deadline + Patience;
        while (true)
        {
            var info = await host.Client.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
            if (!info.GetProperty("open").GetBoolean())
            {
                return;
            }

            Assert.True(DateTimeOffset.UtcNow < giveUp, $"call {callId} still open {Patience.TotalSeconds:0} s after its deadline");
            await Task.Delay(250);
        }
    }

    /// <summary>Opens a page until it answers <paramref name="expected"/> (a moment after <paramref name="due"/>); returns the last answer.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> WaitForPageAsync(AppHost host, string pathAndQuery, HttpStatusCode expected, DateTimeOffset due)
    {
        var giveUp = due + Patience;
        while (true)
        {
            var answer = await GetPageAsync(host, pathAndQuery);
            if (answer.Status == expected || DateTimeOffset.UtcNow > giveUp)
            {
                return answer;
            }

            await Task.Delay(250);
        }
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
