namespace Aanmelding.Core.Email;

/// <summary>Configuration section <c>SendGrid</c>. Setting <see cref="ApiKey"/> switches sending from the outbox to SendGrid.</summary>
public sealed class SendGridOptions
{
    public const string SectionName = "SendGrid";

    /// <summary>The API key (from Key Vault in Azure). Secret: never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The API base address; unset means SendGrid itself. Tests point it at a local stand-in.</summary>
    public string? Host { get; set; }

    /// <summary>How many requests one message may take in total, the first one included.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first back-off delay; each further retry doubles it (with jitter).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait between attempts, also the cap on a <c>Retry-After</c> the server asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one request may take before it counts as a (transient) failure.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
