using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Workflows.Activities;

/// <summary>Idempotency keys for sent-e-mail markers: partitioned by application or call, never raw addresses.</summary>
public static class MailKeys
{
    public static string For(string owner, string kind) => $"{owner}:{kind}";

    public static string For(string owner, string kind, string recipient) => $"{owner}:{kind}:{StorageKeys.Hash(recipient.ToUpperInvariant())[..16]}";
}
