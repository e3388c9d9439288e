namespace Aanmelding.Launcher;

/// <summary>What an <see cref="AppHost"/> runs on and with.</summary>
public sealed record AppHostOptions
{
    /// <summary>The storage connection (<c>AzureWebJobsStorage</c>), the same for both hosts.</summary>
    public required string Storage { get; init; }

    /// <summary>App settings as environment variables (<c>__</c> for <c>:</c>); they win over the launcher's own.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>The durable task hub; null keeps host.json's. Hosts sharing a storage account need one each.</summary>
    public string? TaskHub { get; init; }

    /// <summary>Keys, outbox and log; null makes a temporary folder that goes on dispose.</summary>
    public string? DataFolder { get; init; }

    /// <summary>The HTTP port on 127.0.0.1; null takes a free one.</summary>
    public int? Port { get; init; }

    /// <summary>The public base URL in e-mails; null means this host's own address.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Under the Functions host: the build output of the app to run; null is this repository's Functions app.</summary>
    public string? FunctionsApp { get; init; }
}
