using System.Text;

namespace Aanmelding.Core.Security;

/// <summary>The secret behind every link token (<c>Links:SigningKey</c>); never logged.</summary>
public sealed class LinkSigningKey
{
    public const int MinimumLength = 32;

    public LinkSigningKey(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < MinimumLength)
        {
            throw new InvalidOperationException($"Links:SigningKey must be at least {MinimumLength} characters.");
        }

        Bytes = Encoding.UTF8.GetBytes(secret);
    }

    public byte[] Bytes { get; }

    public override string ToString() => "(hidden)";
}
