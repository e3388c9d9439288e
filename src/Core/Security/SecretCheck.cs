namespace Aanmelding.Core.Security;

/// <summary>
/// Whether a configured secret can be one. A Key Vault reference that did not resolve reaches the app as its own text
/// (<c>@Microsoft.KeyVault(...)</c>), long enough to pass as a key and guessable from the host name; a key from a
/// repository, a README or an example is known to everyone who read it. Neither is ever accepted.
/// </summary>
public static class SecretCheck
{
    public const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

    /// <summary>Keys that were committed or documented somewhere, and so are no secret.</summary>
    static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        // Once committed in src/Functions/local.settings.json.
        "local-development-signing-key-change-me-0123456789",

        // The storage emulators' well-known development account key.
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",

        // infra/README.md's example SendGrid key.
        "SG.xxxxx",
    };

    /// <summary>Words that mark a placeholder someone meant to replace.</summary>
    static readonly string[] PlaceholderWords = ["change-me", "changeme", "change_me", "example", "voorbeeld", "placeholder", "replace-me"];

    /// <summary>What is wrong with <paramref name="value"/> as the secret <paramref name="setting"/> (Dutch, for people), or null when nothing is.</summary>
    public static string? Problem(string setting, string? value, int minimumLength)
    {
        var secret = value?.Trim() ?? "";
        if (secret.Length == 0)
        {
            return $"{setting} ontbreekt: zet een geheime, willekeurige waarde van minstens {minimumLength} tekens (in Azure uit Key Vault).";
        }

        if (secret.StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return $"{setting} is een Key Vault-verwijzing die niet is opgelost: de app kreeg de tekst van de verwijzing in plaats van het geheim. " +
                "Controleer of het geheim bestaat en of de identiteit van de app het mag lezen (Key Vault Secrets User).";
        }

        if (KnownKeys.Contains(secret) || PlaceholderWords.Any(word => secret.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            return $"{setting} is een bekende voorbeeldwaarde en dus geen geheim: zet een eigen, willekeurige waarde.";
        }

        if (secret.Length < minimumLength)
        {
            return $"{setting} is te kort: minstens {minimumLength} tekens, nu {secret.Length}.";
        }

        return null;
    }
}
