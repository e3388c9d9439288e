using System.Net;
using System.Net.Http.Json;
using Aanmelding.Tests.EndToEnd.Intake;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.EndToEnd.Limits;

/// <summary>
/// The attack of the security review, with the limits as shipped: forty applications at once, all to one address typed
/// in, with an advertisement as the contact's name. The address gets at most its allowance of acknowledgements, none
/// of them carries the advertisement in a header, and what was refused is not stored.
/// </summary>
public sealed class RelayAttemptEndToEndTests : HostPerTest
{
    const int Attempts = 40;
    const int ShippedPerClient = 10;
    const int ShippedPerAddress = 5;
    const string Advertisement = "Gratis prijs! Klik op http://evil.example";

    readonly string callId = CallConfiguration.NewCallId();

    /// <summary>Starts the host of <paramref name="kind"/> for the test, with the call configured.</summary>
    async Task StartAsync(HostKind kind)
    {
        var settings = CallConfiguration.Open(callId);

        // The shipped defaults (RateLimitOptions), set here because the test hosts otherwise stand them aside.
        settings["RateLimits__IntakePerClientPerMinute"] = ShippedPerClient.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimits__MailsPerAddressPerHour"] = ShippedPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await StartHostAsync(kind, settings);
    }

    [SkippableTheory, OnBothHosts]
    public async Task Forty_applications_at_once_to_one_address_mail_it_at_most_its_allowance_and_never_put_the_text_in_a_header(HostKind kind)
    {
        await StartAsync(kind);
        var victim = $"ontvanger-{Guid.NewGuid():N}@example.org";
        var answers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(async i =>
        {
            var body = IntakeApi.ValidBody(IntakeApi.UniqueNeighbourhood("Reclame"), organisation: Advertisement, email: victim);
            body["contact"]!["name"] = Advertisement;
            using var response = await IntakeApi.SubmitAsync(Host.Client, callId, body);
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta);
        }));

        var accepted = answers.Count(a => a.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(ShippedPerAddress, accepted);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Accepted), a =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode);
            Assert.True(a.RetryAfter > TimeSpan.Zero);
        });
        Assert.Equal(ShippedPerAddress, (await IntakeApi.ApplicationsAsync(Host, callId)).Count);

        var mails = await Outbox.WaitForAsync(Host.OutboxPath, m => Outbox.To(m) == victim, count: ShippedPerAddress);
        Assert.Equal(ShippedPerAddress, mails.Count);
        foreach (var mail in mails)
        {
            Assert.True(string.IsNullOrEmpty(mail.To.Mailboxes.Single().Name), "the recipient has a display name");
            Assert.DoesNotContain("evil", mail.Subject, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Gratis", mail.Subject, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(mail.Headers, h => h.Value.Contains("evil.example", StringComparison.OrdinalIgnoreCase));
        }
    }
}
