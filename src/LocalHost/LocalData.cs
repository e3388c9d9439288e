using System.Security.Cryptography;

namespace Aanmelding.LocalHost;

/// <summary>
/// The one-machine data folder (<c>AANMELDING_DATA</c>, default <c>.local/</c>): the outbox and keys generated
/// on first start, so a new clone runs without any setup.
/// </summary>
public sealed class LocalData(string root)
{
    public static LocalData FromEnvironment() =>
        new(Path.GetFullPath(Environment.GetEnvironmentVariable("AANMELDING_DATA") is { Length: > 0 } dir ? dir : ".local"));

    public string Root { get; } = root;

    public string Outbox => Path.Combine(Root, "outbox");

    /// <summary>The folder, for its owner only (it holds the keys, the outbox and Azurite's data).</summary>
    void CreateRoot()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Root);
        }
        else if (!Directory.Exists(Root))
        {
            Directory.CreateDirectory(Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Reads a generated secret, creating it (readable by the owner only) on first use.</summary>
    public string Secret(string name, out bool created)
    {
        CreateRoot();
        var path = Path.Combine(Root, name);
        if (File.Exists(path))
        {
            created = false;
            return File.ReadAllText(path).Trim();
        }

        // Created readable by the owner only from the first byte on, not made so afterwards.
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var options = OperatingSystem.IsWindows()
            ? new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write }
            : new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite };
        using (var file = new StreamWriter(path, System.Text.Encoding.ASCII, options))
        {
            file.Write(secret + "\n");
        }

        created = true;
        return secret;
    }
}
