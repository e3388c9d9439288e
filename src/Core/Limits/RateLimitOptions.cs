namespace Aanmelding.Core.Limits;

/// <summary>
/// Configuration section <c>RateLimits</c>: how much one client may send and how much mail one address may be sent.
/// Each is a token bucket: the whole allowance at once, then one more each time a share of the period has passed.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Submissions and receipt-link requests per client (IP address; IPv6 per /64 network) per minute.</summary>
    public int IntakePerClientPerMinute { get; set; } = 10;

    /// <summary>E-mails to one applicant's address (acknowledgements, receipt links sent again) per hour.</summary>
    public int MailsPerAddressPerHour { get; set; } = 5;
}
