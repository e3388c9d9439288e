using System.Globalization;
using System.Text;
using Aanmelding.Core.Email;
using Aanmelding.Tests.Support;
using Microsoft.Extensions.Options;

namespace Aanmelding.Tests.Unit.Email;

public sealed class SendGridEmailSenderTests : IAsyncLifetime, IDisposable
{
    const string ReceiptUrl = "https://aanmelding.example.org/applications/a1b2c3d4?token=abc&lang=nl";

    readonly HttpClient httpClient = new() { Timeout = TimeSpan.FromSeconds(10) };
    readonly DelayRecordingTimeProvider time = new();
    readonly ListLogger<SendGridEmailSender> logger = new();
    SendGridStandIn standIn = null!;

    public async Task InitializeAsync() => standIn = await SendGridStandIn.StartAsync("SG.test-key");

    public async Task DisposeAsync() => await standIn.DisposeAsync();

    public void Dispose() => httpClient.Dispose();

    SendGridEmailSender Sender(int maxAttempts = 5, string? apiKey = null) => new(
        httpClient,
        Options.Create(new SendGridOptions
        {
            ApiKey = apiKey ?? standIn.ApiKey,
            Host = standIn.BaseUrl,
            MaxAttempts = maxAttempts,
            BaseDelay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromSeconds(60),
        }),
        Options.Create(new EmailOptions { From = "aanmelding@example.org", FromName = "Aanmelding Platform31" }),
        time,
        logger);

    static EmailMessage Acknowledgement() =>
        EmailTemplates.Acknowledgement(EmailTestData.Call(), EmailTestData.Application(), ReceiptUrl);

    [Fact]
    public async Task Delivered_on_202_with_the_message_id_and_the_request_as_sendgrid_expects()
    {
        standIn.Enqueue(SendGridStandInResponse.Accepted("msg-123"));
        var csv = Encoding.UTF8.GetBytes("rang;kenmerk\n1;a1b2c3d4\n");
        var message = Acknowledgement() with { Attachments = [new EmailAttachment("selectie.csv", "text/csv; charset=utf-8", csv)] };

        var delivery = await Sender().SendAsync(message, CancellationToken.None);

        Assert.True(delivery.Delivered);
        Assert.Equal("msg-123", delivery.ProviderMessageId);
        var request = Assert.Single(standIn.Requests);
        Assert.True(request.IsValid, string.Join("; ", request.ValidationErrors));
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal("Bearer SG.test-key", request.Authorization);

        var json = request.Json;
        var to = json.GetProperty("personalizations")[0].GetProperty("to")[0];
        Assert.Equal("contact@example.org", to.GetProperty("email").GetString());
        Assert.False(to.TryGetProperty("name", out _));
        Assert.Equal("aanmelding@example.org", json.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("kwetsbare-wijken@platform31.example", json.GetProperty("reply_to").GetProperty("email").GetString());
        Assert.Equal("Aanmelding Platform31", json.GetProperty("from").GetProperty("name").GetString());
        var subject = json.TryGetProperty("subject", out var global) ? global : json.GetProperty("personalizations")[0].GetProperty("subject");
        Assert.Equal(message.Subject, subject.GetString());
        var content = json.GetProperty("content");
        Assert.Equal("text/plain", content[0].GetProperty("type").GetString());
        Assert.Equal(message.TextBody, content[0].GetProperty("value").GetString());
        Assert.Equal("text/html", content[1].GetProperty("type").GetString());
        Assert.Equal(message.HtmlBody, content[1].GetProperty("value").GetString());
        var attachment = Assert.Single(json.GetProperty("attachments").EnumerateArray());
        Assert.Equal("selectie.csv", attachment.GetProperty("filename").GetString());
        Assert.Equal("text/csv; charset=utf-8", attachment.GetProperty("type").GetString());
        Assert.Equal(csv, Convert.FromBase64String(attachment.GetProperty("content").GetString()!));
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_then_delivered()
    {
        standIn.Enqueue(SendGridStandInResponse.TooManyRequests("7"), SendGridStandInResponse.Accepted("msg-2"));

        var delivery = await Sender().SendAsync(Acknowledgement(), CancellationToken.None);

        Assert.True(delivery.Delivered);
        Assert.Equal("msg-2", delivery.ProviderMessageId);
        Assert.Equal([429, 202], standIn.Requests.Select(r => r.AnsweredStatus));
        Assert.Equal(TimeSpan.FromSeconds(7), Assert.Single(time.Delays));
    }

    [Fact]
    public async Task A_retry_after_http_date_is_honoured()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(20);
        standIn.Enqueue(SendGridStandInResponse.TooManyRequests(at.ToString("R", CultureInfo.InvariantCulture)));

        var delivery = await Sender().SendAsync(Acknowledgement(), CancellationToken.None);

        Assert.True(delivery.Delivered);
        var delay = Assert.Single(time.Delays);
        Assert.InRange(delay, TimeSpan.FromSeconds(17), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_retry_after_beyond_the_cap_is_capped()
    {
        standIn.Enqueue(SendGridStandInResponse.TooManyRequests("3600"));

        await Sender().SendAsync(Acknowledgement(), CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(60), Assert.Single(time.Delays));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_back_off()
    {
        standIn.Enqueue(SendGridStandInResponse.ServerError(), SendGridStandInResponse.ServerError(), SendGridStandInResponse.Accepted("msg-3"));

        var delivery = await Sender().SendAsync(Acknowledgement(), CancellationToken.None);

        Assert.True(delivery.Delivered);
        Assert.Equal("msg-3", delivery.ProviderMessageId);
        Assert.Equal([500, 500, 202], standIn.Requests.Select(r => r.AnsweredStatus));
        var delays = time.Delays.ToArray();
        Assert.Equal(2, delays.Length);

        // BaseDelay 10 ms: the first wait is 5–10 ms, the second 10–20 ms (jitter takes up to half off).
        Assert.InRange(delays[0], TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10));
        Assert.InRange(delays[1], TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20));
    }

    [Fact]
    public async Task A_400_is_permanent_after_exactly_one_request_and_logs_no_address()
    {
        standIn.Enqueue(SendGridStandInResponse.BadRequest("The to email does not contain a valid address."));

        var delivery = await Sender().SendAsync(Acknowledgement(), CancellationToken.None);

        Assert.False(delivery.Delivered);
        Assert.True(delivery.Permanent);
        Assert.Contains("400", delivery.Error, StringComparison.Ordinal);
        Assert.Single(standIn.Requests);
        Assert.Empty(time.Delays);
        Assert.Contains(logger.Lines, line => line.Contains("400", StringComparison.Ordinal) && line.Contains("acknowledgement", StringComparison.Ordinal));
        Assert.All(logger.Lines, line =>
        {
            Assert.DoesNotContain("@", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Jan de Vries", line, StringComparison.Ordinal);
            Assert.DoesNotContain("SG.test-key", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_wrong_api_key_is_permanent()
    {
        var delivery = await Sender(apiKey: "SG.wrong").SendAsync(Acknowledgement(), CancellationToken.None);

        Assert.False(delivery.Delivered);
        Assert.True(delivery.Permanent);
        Assert.Equal(401, Assert.Single(standIn.Requests).AnsweredStatus);
    }

    [Fact]
    public async Task Always_500_gives_up_after_max_attempts_as_a_transient_failure()
    {
        standIn.DefaultResponse = SendGridStandInResponse.ServerError();

        var delivery = await Sender(maxAttempts: 4).SendAsync(Acknowledgement(), CancellationToken.None);

        Assert.False(delivery.Delivered);
        Assert.False(delivery.Permanent);
        Assert.Contains("500", delivery.Error, StringComparison.Ordinal);
        Assert.Equal(4, standIn.Requests.Count);
        Assert.Equal(3, time.Delays.Count);
        Assert.All(logger.Lines, line => Assert.DoesNotContain("@", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Network_errors_are_retried_then_reported_as_transient()
    {
        // A port nothing listens on: the connection is refused every time.
        int closedPort;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        var sender = new SendGridEmailSender(
            httpClient,
            Options.Create(new SendGridOptions { ApiKey = "SG.test-key", Host = $"http://127.0.0.1:{closedPort}", MaxAttempts = 3, BaseDelay = TimeSpan.FromMilliseconds(10) }),
            Options.Create(new EmailOptions()),
            time,
            logger);

        var delivery = await sender.SendAsync(Acknowledgement(), CancellationToken.None);

        Assert.False(delivery.Delivered);
        Assert.False(delivery.Permanent);
        Assert.Equal(2, time.Delays.Count);
        Assert.Contains(logger.Lines, line => line.Contains("ConnectionError", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Line_breaks_in_a_subject_are_removed_and_no_recipient_has_a_display_name()
    {
        var message = Acknowledgement() with { Subject = "Onderwerp\r\nBcc: victim@example.org" };

        var delivery = await Sender().SendAsync(message, CancellationToken.None);

        Assert.True(delivery.Delivered);
        var request = Assert.Single(standIn.Requests);
        Assert.True(request.IsValid, string.Join("; ", request.ValidationErrors));
        var json = request.Json;
        var subject = json.TryGetProperty("subject", out var global) ? global : json.GetProperty("personalizations")[0].GetProperty("subject");
        Assert.Equal("Onderwerp Bcc: victim@example.org", subject.GetString());
        Assert.False(json.GetProperty("personalizations")[0].GetProperty("to")[0].TryGetProperty("name", out _));
    }
}
