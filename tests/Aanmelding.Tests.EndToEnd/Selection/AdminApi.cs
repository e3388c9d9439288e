using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Selection;

/// <summary>The admin routes as an admin calls them, with the host's admin key (x-functions-key; a function key under the Functions host).</summary>
public static class AdminApi
{
    public static async Task<HttpResponseMessage> SendAsync(AppHost host, HttpMethod method, string path, string? accept = null, bool withKey = true)
    {
        using var request = new HttpRequestMessage(method, path);
        if (withKey)
        {
            request.Headers.Add("x-functions-key", host.AdminKey);
        }

        if (accept is not null)
        {
            request.Headers.Add("Accept", accept);
        }

        return await host.Client.SendAsync(request);
    }

    /// <summary>Polls the outcome route until the selection is final (409 until then); fails after two minutes.</summary>
    public static async Task<JsonElement> WaitForOutcomeAsync(AppHost host, string callId)
    {
        var until = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            using var response = await SendAsync(host, HttpMethod.Get, $"/api/calls/{callId}/outcome");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }

            Assert.True(DateTime.UtcNow < until, $"The outcome of {callId} was not final in time; last answer {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            await Task.Delay(250);
        }
    }
}
