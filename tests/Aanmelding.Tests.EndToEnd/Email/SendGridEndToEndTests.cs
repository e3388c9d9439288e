using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aanmelding.Tests.EndToEnd.Review;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Email;

/// <summary>
/// With <c>SendGrid:ApiKey</c> set, LocalHost sends through SendGrid's v3 API (here a local stand-in at
/// <c>SendGrid:Host</c>): configuration alone decides, retries heal 429s, a permanent 4xx does not stop the workflow.
/// </summary>
public sealed class SendGridEndToEndTests : IAsyncLifetime
{
    const string Coordinator = "beoordelaar@example.org";
    readonly string callId = CallConfiguration.NewCallId();
    SendGridStandIn sendGrid = null!;

    public async Task InitializeAsync() => sendGrid = await SendGridStandIn.StartAsync("SG.e2e-key");

    public async Task DisposeAsync() => await sendGrid.DisposeAsync();

    [Fact]
    public async Task Mail_goes_to_SendGrid_with_the_key_and_nothing_is_written_to_the_outbox()
    {
        await using var host = await StartAsync();

        var id = await SubmitAsync(host, "aanvrager1@example.org");

        var acknowledgement = await WaitForRequestAsync(r => To(r) == "aanvrager1@example.org");
        Assert.True(acknowledgement.IsValid, string.Join("; ", acknowledgement.ValidationErrors));
        Assert.Equal("Bearer SG.e2e-key", acknowledgement.Authorization);
        Assert.Contains(id, acknowledgement.Body, StringComparison.Ordinal);
        var types = acknowledgement.Json.GetProperty("content").EnumerateArray().Select(c => c.GetProperty("type").GetString()).ToList();
        Assert.Equal(["text/plain", "text/html"], types);

        var review = await WaitForRequestAsync(r => To(r) == Coordinator);
        Assert.Contains($"/review/{id}?token=", review.Body, StringComparison.Ordinal);
        Assert.Empty(Outbox.Read(host.OutboxPath));
        using var outboxPage = await host.Client.GetAsync("/dev/outbox");
        Assert.Equal(HttpStatusCode.NotFound, outboxPage.StatusCode);
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_retried_and_the_message_is_delivered_once()
    {
        sendGrid.Enqueue(SendGridStandInResponse.TooManyRequests("1"));
        await using var host = await StartAsync();

        var id = await SubmitAsync(host, "aanvrager2@example.org");

        await WaitForRequestAsync(r => To(r) == Coordinator);
        var acknowledgements = sendGrid.Requests.Where(r => To(r) == "aanvrager2@example.org").ToList();
        Assert.Equal([429, 202], acknowledgements.Select(r => r.AnsweredStatus));
        Assert.True(acknowledgements[1].ReceivedAt - acknowledgements[0].ReceivedAt >= TimeSpan.FromSeconds(0.9), "Retry-After was not honoured");

        // The workflow moves on (it shows its state once acknowledgement and review requests are done), and nothing
        // was sent twice, however the activities were scheduled.
        Assert.Equal("submitted", await ReviewFlow.WaitForCustomStatusAsync(host.TaskHub!, id, "submitted"));
        Assert.Single(sendGrid.Requests, r => To(r) == "aanvrager2@example.org" && r.AnsweredStatus == 202);
        Assert.Single(sendGrid.Requests, r => To(r) == Coordinator && r.AnsweredStatus == 202);
    }

    [Fact]
    public async Task A_permanent_rejection_is_not_retried_and_the_coordinators_are_still_asked_to_review()
    {
        sendGrid.Enqueue(SendGridStandInResponse.BadRequest("The to address is not valid."));
        await using var host = await StartAsync();

        var id = await SubmitAsync(host, "aanvrager3@example.org");

        var review = await WaitForRequestAsync(r => To(r) == Coordinator && r.AnsweredStatus == 202);
        Assert.Contains(id, review.Body, StringComparison.Ordinal);
        Assert.Single(sendGrid.Requests, r => To(r) == "aanvrager3@example.org");
        Assert.DoesNotContain("aanvrager3@example.org", host.Output, StringComparison.Ordinal);
    }

    Task<AppHost> StartAsync()
    {
        var settings = CallConfiguration.Open(callId, null, Coordinator);
        settings["SendGrid__ApiKey"] = sendGrid.ApiKey;
        settings["SendGrid__Host"] = sendGrid.BaseUrl;
        settings["SendGrid__BaseDelay"] = "00:00:00.200";
        return TestHosts.StartAsync(HostKind.LocalHost, settings);
    }

    async Task<string> SubmitAsync(AppHost host, string email)
    {
        var body = TestApplication.Of(neighbourhood: "Wijk " + email[..10], email: email).Json();
        using var response = await host.Client.PostAsJsonAsync($"/api/calls/{callId}/applications", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    async Task<SendGridStandInRequest> WaitForRequestAsync(Func<SendGridStandInRequest, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var found = sendGrid.Requests.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No matching SendGrid request within 60 s; received {sendGrid.Requests.Count}.");
    }

    static string? To(SendGridStandInRequest request)
    {
        try
        {
            return request.Json.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
