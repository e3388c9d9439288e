using System.Security.Cryptography;

namespace Aanmelding.Core.Security;

/// <summary>
/// A secret made on one machine for local use (LocalHost's data folder, the local launcher of the Functions host): 256
/// random bits, base64url, in a file only its owner may read. Never used in Azure, where secrets come from Key Vault.
/// </summary>
public static class GeneratedSecret
{
    /// <summary>Reads the secret in <paramref name="path"/>, creating the file on first use.</summary>
    public static string ReadOrCreate(string path, out bool created)
    {
        if (File.Exists(path))
        {
            created = false;
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var secret = New();
        File.WriteAllText(path, secret + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        created = true;
        return secret;
    }

    /// <summary>A new secret: 256 random bits, base64url without padding (43 characters of A-Z a-z 0-9 - _).</summary>
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
