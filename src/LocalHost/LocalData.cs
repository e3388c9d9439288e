using Aanmelding.Core.Security;

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

    /// <summary>Reads a generated secret, creating it (readable by the owner only) on first use.</summary>
    public string Secret(string name, out bool created) => GeneratedSecret.ReadOrCreate(Path.Combine(Root, name), out created);
}
