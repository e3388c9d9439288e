using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Aanmelding.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>The JSON side of intake as an applicant's system calls it.</summary>
public static class IntakeApi
{
    /// <summary>A valid application with a wijk of its own, as a JSON object that tests may change.</summary>
    public static JsonObject ValidBody(string? neighbourhood = null, string municipality = "Utrecht", string organisation = "Gemeente Utrecht", string email = "projectleider@example.org") =>
        JsonSerializer.SerializeToNode(TestApplication.Of(municipality, neighbourhood ?? UniqueNeighbourhood(), organisation, email).Json())!.AsObject();

    public static string UniqueNeighbourhood(string prefix = "Wijk") => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string callId, JsonNode body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{callId}/applications")
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Submits and expects 202; returns the reference and the receipt token from the status URL.</summary>
    public static async Task<Accepted> SubmitAcceptedAsync(HttpClient client, string callId, JsonNode body, string? idempotencyKey = null)
    {
        using var response = await SubmitAsync(client, callId, body, idempotencyKey);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {text}");
        var json = JsonDocument.Parse(text).RootElement;
        var statusUrl = new Uri(json.GetProperty("statusUrl").GetString()!);
        var token = QueryHelpers.ParseQuery(statusUrl.Query)["token"].ToString();
        Assert.NotEmpty(token);
        return new Accepted(json.GetProperty("id").GetString()!, token, statusUrl);
    }

    /// <summary>Checks the answer is application/problem+json with the status, and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        return json;
    }

    /// <summary>The field messages of a 400 problem, keyed by field path.</summary>
    public static async Task<Dictionary<string, string[]>> ValidationErrorsAsync(HttpResponseMessage response)
    {
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    public static async Task<JsonElement> ReceiptAsync(HttpClient client, string id, string token)
    {
        using var response = await client.GetAsync($"/api/applications/{id}?token={Uri.EscapeDataString(token)}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Withdraws as a JSON client does: <c>{"confirm": true}</c>.</summary>
    public static Task<HttpResponseMessage> WithdrawAsync(HttpClient client, string id, string token) =>
        client.PostAsJsonAsync($"/api/applications/{id}/withdraw?token={Uri.EscapeDataString(token)}", new { confirm = true });

    /// <summary>The admin list of a call's applications (x-functions-key).</summary>
    public static async Task<IReadOnlyList<JsonElement>> ApplicationsAsync(AppHost host, string callId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/calls/{callId}/applications");
        request.Headers.Add("x-functions-key", host.AdminKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("applications").EnumerateArray().ToList();
    }

    /// <summary>The applications of a call for one wijk.</summary>
    public static async Task<IReadOnlyList<JsonElement>> ApplicationsForAsync(AppHost host, string callId, string neighbourhood) =>
        (await ApplicationsAsync(host, callId)).Where(a => a.GetProperty("neighbourhood").GetString() == neighbourhood).ToList();

    /// <summary>Sets a value at a field path such as <c>contact.email</c>; null removes the field.</summary>
    public static void Set(JsonObject body, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var target = body;
        foreach (var part in parts[..^1])
        {
            target = target[part]!.AsObject();
        }

        if (value is null)
        {
            target.Remove(parts[^1]);
        }
        else
        {
            target[parts[^1]] = value;
        }
    }
}
