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

        // The folder and the file are their owner's from the first byte on, not made so afterwards.
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var secret = New();
        FileStreamOptions options;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        }
        else
        {
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite };
        }

        using (var file = new StreamWriter(path, System.Text.Encoding.ASCII, options))
        {
            file.Write(secret + "\n");
        }

        created = true;
        return secret;
    }

    /// <summary>A new secret: 256 random bits, base64url without padding (43 characters of A-Z a-z 0-9 - _).</summary>
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
