using System.Net;
using System.Net.Http.Json;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.Support;
using Azure.Data.Tables;

namespace Aanmelding.Tests.EndToEnd.Limits;

/// <summary>
/// Our sender is not a relay (issue 14, point 3): one client may send only so many applications and receipt-link
/// requests, one address may be sent only so much mail; what is over the limit gets 429 with Retry-After and a Dutch
/// answer, and nothing is stored or sent for it.
/// </summary>
public sealed class RateLimitEndToEndTests : HostPerTest
{
    const int PerClient = 5;
    const int PerAddress = 2;

    readonly string callId = CallConfiguration.NewCallId();
    readonly string taskHub = "limits" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Starts the host of <paramref name="kind"/> for the test, with the call configured.</summary>
    async Task StartAsync(HostKind kind)
    {
        var settings = CallConfiguration.Open(callId);
        settings["RateLimits__IntakePerClientPerMinute"] = PerClient.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimits__MailsPerAddressPerHour"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await StartHostAsync(kind, settings, taskHub);
    }

    [SkippableTheory, OnBothHosts]
    public async Task A_client_and_an_address_get_only_their_allowance_and_429_with_Retry_After_after_it(HostKind kind)
    {
        await StartAsync(kind);
        var victim = $"slachtoffer-{Guid.NewGuid():N}@example.org";
        var firstWijk = IntakeApi.UniqueNeighbourhood("Eerste");
        var third = IntakeApi.UniqueNeighbourhood("Derde");
        var sixth = IntakeApi.UniqueNeighbourhood("Zesde");

        // One burst, well within the time one request of the client's allowance takes to come back (a minute / 5).
        // 1-2: the address's allowance of mail.
        await IntakeApi.SubmitAcceptedAsync(Host.Client, callId, IntakeApi.ValidBody(firstWijk, email: victim));
        await IntakeApi.SubmitAcceptedAsync(Host.Client, callId, IntakeApi.ValidBody(email: victim));

        // 3: over the address's allowance, refused before anything is stored.
        using var overAddress = await IntakeApi.SubmitAsync(Host.Client, callId, IntakeApi.ValidBody(third, email: victim));

        // 4: asking for the first application's link again is taken, but its address has had its mail; 5: another address is fine.
        using var asked = await Host.Client.PostAsJsonAsync($"/api/calls/{callId}/receipt-link", new { organisation = "Gemeente Utrecht", municipality = "Utrecht", neighbourhood = firstWijk });
        await IntakeApi.SubmitAcceptedAsync(Host.Client, callId, IntakeApi.ValidBody(email: $"ander-{Guid.NewGuid():N}@example.org"));

        // 6 and 7: the client is over its allowance, as JSON and as the browser form.
        using var overClient = await IntakeApi.SubmitAsync(Host.Client, callId, IntakeApi.ValidBody(sixth, email: $"zes-{Guid.NewGuid():N}@example.org"));
        using var form = new FormUrlEncodedContent(TestApplication.Of(neighbourhood: sixth, email: $"zeven-{Guid.NewGuid():N}@example.org").FormFields());
        using var overClientForm = await Host.Client.PostAsync($"/api/calls/{callId}/applications", form);

        var addressProblem = await IntakeApi.ProblemAsync(overAddress, HttpStatusCode.TooManyRequests);
        Assert.Equal("too-many-requests", addressProblem.GetProperty("code").GetString());
        Assert.Contains("e-mailadres", addressProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(overAddress.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(1), "no Retry-After of the address's wait");
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);

        var clientProblem = await IntakeApi.ProblemAsync(overClient, HttpStatusCode.TooManyRequests);
        Assert.Contains("te veel verzoeken", clientProblem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(overClient.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Equal(HttpStatusCode.TooManyRequests, overClientForm.StatusCode);
        Assert.True(overClientForm.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Equal("Even geduld", (await Pages.ParseAsync(overClientForm)).QuerySelector("h1")!.TextContent);

        Assert.Empty(await IntakeApi.ApplicationsForAsync(Host, callId, third));
        Assert.Empty(await IntakeApi.ApplicationsForAsync(Host, callId, sixth));
        Assert.Equal(3, (await IntakeApi.ApplicationsAsync(Host, callId)).Count);

        // The receipt-link request ran to its end without sending, and the address got exactly its two acknowledgements.
        Assert.False(await ReceiptLinkOutputAsync(), "a receipt link was sent to an address over its allowance");
        var acknowledgements = await Outbox.WaitForAsync(Host.OutboxPath, m => Outbox.To(m) == victim, count: PerAddress);
        Assert.Equal(PerAddress, acknowledgements.Count);
        Assert.All(acknowledgements, m => Assert.Equal("acknowledgement", m.Headers["X-Aanmelding-Kind"]));
    }

    /// <summary>Waits until the one receipt-link workflow has completed; returns whether it sent a link.</summary>
    async Task<bool> ReceiptLinkOutputAsync()
    {
        var instances = new TableClient(TestStorage.ConnectionString, taskHub + "Instances");
        var until = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var rows = new List<TableEntity>();
            await foreach (var row in instances.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Name eq {"ReceiptLinkWorkflow"}")))
            {
                rows.Add(row);
            }

            if (rows.Count == 1 && rows[0].GetString("RuntimeStatus") == "Completed")
            {
                return rows[0].GetString("Output") == "true";
            }

            Assert.True(DateTime.UtcNow < until, $"the receipt-link workflow did not complete ({rows.Count} found)");
            await Task.Delay(250);
        }
    }
}
