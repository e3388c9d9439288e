using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Aanmelding.Core.Limits;

/// <summary>
/// The limits on what one client may send and what one address may be sent (<see cref="RateLimitOptions"/>), with
/// System.Threading.RateLimiting's token buckets, one per client or address. The handlers of both hosts call this
/// (the Functions worker does not run ASP.NET Core's rate-limiting middleware), so both apply the same limits. The
/// buckets live in this process: with several instances each counts on its own (DESIGN §9; limits across instances
/// belong to the platform in front, such as Azure Front Door or API Management).
/// </summary>
public sealed class RateLimits : IDisposable
{
    readonly PartitionedRateLimiter<string> clients;
    readonly PartitionedRateLimiter<string> addresses;

    public RateLimits(IOptions<RateLimitOptions> options)
    {
        var settings = options.Value;
        clients = Buckets(settings.IntakePerClientPerMinute, TimeSpan.FromMinutes(1));
        addresses = Buckets(settings.MailsPerAddressPerHour, TimeSpan.FromHours(1));
    }

    /// <summary>Takes one request of the client's allowance.</summary>
    public RateLimitVerdict ForClient(IPAddress? client) => Take(clients, ClientKey(client));

    /// <summary>Takes one e-mail of the address's allowance (addresses compared without case).</summary>
    public RateLimitVerdict ForAddress(string address) => Take(addresses, address.Trim().ToUpperInvariant());

    public void Dispose()
    {
        clients.Dispose();
        addresses.Dispose();
    }

    /// <summary>
    /// An IPv4 address as it is; an IPv6 address by its /64 network, which one subscriber usually holds whole (so a
    /// client cannot step around its limit by changing the last 64 bits).
    /// </summary>
    public static string ClientKey(IPAddress? client)
    {
        if (client is null)
        {
            return "unknown";
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        if (client.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return client.ToString();
        }

        var bytes = client.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    static RateLimitVerdict Take(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return RateLimitVerdict.Allow;
        }

        return new RateLimitVerdict(false, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1));
    }

    /// <summary>A bucket of <paramref name="allowance"/> per key, refilled one at a time over <paramref name="period"/>.</summary>
    static PartitionedRateLimiter<string> Buckets(int allowance, TimeSpan period)
    {
        var limit = Math.Max(1, allowance);
        return PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = period / limit,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }
}
