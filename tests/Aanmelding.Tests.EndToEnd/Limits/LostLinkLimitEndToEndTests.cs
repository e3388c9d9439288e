using System.Globalization;
using System.Net;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Limits;

/// <summary>"Stuur mijn link opnieuw" is no way around the limits: each client and each address get their allowance, then 429 or nothing.</summary>
public sealed class LostLinkLimitEndToEndTests : HostPerTest
{
    const int PerClient = 3;
    const int PerAddress = 2;

    readonly string callId = CallConfiguration.NewCallId();

    [SkippableTheory, OnBothHosts]
    public async Task A_client_gets_its_allowance_of_requests_and_an_address_its_allowance_of_mail(HostKind kind)
    {
        var settings = CallConfiguration.Open(callId);
        settings["RateLimits__IntakePerClientPerMinute"] = PerClient.ToString(CultureInfo.InvariantCulture);
        settings["RateLimits__MailsPerAddressPerHour"] = PerAddress.ToString(CultureInfo.InvariantCulture);
        await StartHostAsync(kind, settings, "lostlink" + Guid.NewGuid().ToString("N")[..8]);
        var address = $"vaak-{Guid.NewGuid():N}@example.org";

        // 1: the application (its acknowledgement is the address's first mail); 2 and 3: its links asked twice.
        await IntakeApi.SubmitAcceptedAsync(Host.Client, callId, IntakeApi.ValidBody(email: address));
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await Host.Client.PostAsync($"/calls/{callId}/lost-link", new FormUrlEncodedContent([new("email", address)]));
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
                Assert.Equal("Even geduld", (await Pages.ParseAsync(response)).QuerySelector("h1")!.TextContent);
            }
        }

        // 4 is over the client's allowance; of the two requests taken, one mail fits the address's allowance.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        await Outbox.WaitForAsync(Host.OutboxPath, m => Outbox.To(m) == address, count: PerAddress);
        await LostLinkTests.WaitUntilNoReceiptLinkWorkflowRunsAsync(Host.TaskHub!);
        var mails = Outbox.Read(Host.OutboxPath).Where(m => Outbox.To(m) == address).ToList();
        Assert.Equal(["acknowledgement", "receipt-links"], mails.Select(m => m.Headers["X-Aanmelding-Kind"]).Order(StringComparer.Ordinal));
    }
}
