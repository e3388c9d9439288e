using System.Security.Cryptography;
using System.Text;

namespace Aanmelding.Core.Email;

/// <summary>
/// The idempotency keys of <see cref="ISentEmailLog"/> (see there for the rules): made from the id of what the mail is
/// about (an application or a call) and its kind (<see cref="EmailKinds"/>), plus, for a mail that goes to each
/// coordinator, a hash of the recipient; never a raw address.
/// </summary>
public static class SentEmailKey
{
    public const char Separator = ':';

    /// <summary>The key of the one mail of <paramref name="kind"/> about <paramref name="owner"/>.</summary>
    public static string For(string owner, string kind) => $"{owner}{Separator}{kind}";

    /// <summary>The key of the mail of <paramref name="kind"/> about <paramref name="owner"/> to one recipient.</summary>
    public static string For(string owner, string kind, string recipient) =>
        $"{owner}{Separator}{kind}{Separator}{Hash(recipient.ToUpperInvariant())[..16]}";

    /// <summary>The key of the mail of <paramref name="kind"/> about <paramref name="owner"/> that one request asked for (an id of letters and digits).</summary>
    public static string ForRequest(string owner, string kind, string requestId) => $"{owner}{Separator}{kind}{Separator}{requestId}";

    public static void Validate(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length > 512)
        {
            throw new ArgumentException("An e-mail idempotency key is at most 512 characters.", nameof(key));
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException("An e-mail idempotency key may not contain / \\ # ? or control characters.", nameof(key));
            }
        }

        if (Partition(key).Length == 0)
        {
            throw new ArgumentException("An e-mail idempotency key must not start with ':'.", nameof(key));
        }
    }

    /// <summary>The first segment of the key: the part before the first <c>:</c>, or the whole key.</summary>
    public static string Partition(string key)
    {
        var index = key.IndexOf(Separator, StringComparison.Ordinal);
        return index < 0 ? key : key[..index];
    }

    /// <summary>SHA-256 of the key's UTF-8 bytes, lower-case hex.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
