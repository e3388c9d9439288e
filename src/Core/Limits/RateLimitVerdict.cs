namespace Aanmelding.Core.Limits;

/// <summary>Whether a request may go ahead; if not, how long until it may (for <c>Retry-After</c>).</summary>
public readonly record struct RateLimitVerdict(bool Allowed, TimeSpan RetryAfter)
{
    public static RateLimitVerdict Allow { get; } = new(true, TimeSpan.Zero);
}
