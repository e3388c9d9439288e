using System.Net;
using Aanmelding.Core.Limits;
using Microsoft.Extensions.Options;

namespace Aanmelding.Tests.Unit.Limits;

public class RateLimitsTests
{
    static RateLimits Limits(int perClient = 3, int perAddress = 2) =>
        new(Options.Create(new RateLimitOptions { IntakePerClientPerMinute = perClient, MailsPerAddressPerHour = perAddress }));

    [Fact]
    public void The_shipped_allowance_is_ten_requests_a_minute_per_client_and_five_mails_an_hour_per_address()
    {
        var options = new RateLimitOptions();

        Assert.Equal(10, options.IntakePerClientPerMinute);
        Assert.Equal(5, options.MailsPerAddressPerHour);
    }

    [Fact]
    public void A_client_gets_its_allowance_then_a_wait_to_retry_after_and_another_client_is_not_affected()
    {
        using var limits = Limits(perClient: 3);
        var client = IPAddress.Parse("203.0.113.7");

        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(limits.ForClient(client).Allowed));
        var refused = limits.ForClient(client);

        Assert.False(refused.Allowed);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.True(limits.ForClient(IPAddress.Parse("203.0.113.8")).Allowed);
    }

    [Fact]
    public void An_IPv6_client_is_counted_by_its_64_bit_network_and_an_IPv4_mapped_address_as_the_IPv4_address()
    {
        Assert.Equal(RateLimits.ClientKey(IPAddress.Parse("2001:db8:1:2::1")), RateLimits.ClientKey(IPAddress.Parse("2001:db8:1:2:ffff:ffff:ffff:ffff")));
        Assert.NotEqual(RateLimits.ClientKey(IPAddress.Parse("2001:db8:1:2::1")), RateLimits.ClientKey(IPAddress.Parse("2001:db8:1:3::1")));
        Assert.Equal(RateLimits.ClientKey(IPAddress.Parse("192.0.2.1")), RateLimits.ClientKey(IPAddress.Parse("::ffff:192.0.2.1")));
        Assert.Equal("unknown", RateLimits.ClientKey(null));

        using var limits = Limits(perClient: 1);
        Assert.True(limits.ForClient(IPAddress.Parse("2001:db8:1:2::1")).Allowed);
        Assert.False(limits.ForClient(IPAddress.Parse("2001:db8:1:2::abcd")).Allowed);
    }

    [Fact]
    public void An_address_gets_its_allowance_of_mail_whatever_its_case()
    {
        using var limits = Limits(perAddress: 2);

        Assert.True(limits.ForAddress("slachtoffer@example.org").Allowed);
        Assert.True(limits.ForAddress("Slachtoffer@Example.org").Allowed);
        var refused = limits.ForAddress(" SLACHTOFFER@EXAMPLE.ORG ");

        Assert.False(refused.Allowed);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
        Assert.True(limits.ForAddress("ander@example.org").Allowed);
    }

    [Theory]
    [InlineData(1, "1 seconde")]
    [InlineData(30, "30 seconden")]
    [InlineData(60, "1 minuut")]
    [InlineData(61, "2 minuten")]
    [InlineData(1800, "30 minuten")]
    public void The_wait_is_told_in_Dutch(int seconds, string text)
    {
        Assert.Equal(text, Aanmelding.Core.Web.TooManyRequests.Wait(TimeSpan.FromSeconds(seconds)));
    }
}
