using System.Security.Cryptography;

namespace Aanmelding.Core.Applications;

/// <summary>
/// Application references: twelve Crockford base-32 characters (no I, L, O, U), easy to read aloud over the
/// phone and safe in URLs, table keys and orchestration instance ids.
/// </summary>
public static class ApplicationReference
{
    const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const int Length = 12;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[bytes[i] & 31];
        }

        return new string(chars);
    }

    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
