using System.Text;

namespace Aanmelding.Core.Security;

/// <summary>The secret behind every link token (<c>Links:SigningKey</c>); never logged.</summary>
public sealed class LinkSigningKey
{
    public const string SettingName = "Links:SigningKey";
    public const int MinimumLength = 32;

    public LinkSigningKey(string secret)
    {
        if (SecretCheck.Problem(SettingName, secret, MinimumLength) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        Bytes = Encoding.UTF8.GetBytes(secret);
    }

    public byte[] Bytes { get; }

    public override string ToString() => "(hidden)";
}
