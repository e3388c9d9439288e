using System.Security.Cryptography;
using System.Text;

namespace Aanmelding.Core.Storage;

/// <summary>
/// Table keys never carry raw user input: characters <c>/ \ # ?</c> and control characters are not allowed in
/// keys, so user text is hashed and generated ids are checked.
/// </summary>
public static class StorageKeys
{
    /// <summary>A fixed-length key derived from arbitrary text (hex SHA-256).</summary>
    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
