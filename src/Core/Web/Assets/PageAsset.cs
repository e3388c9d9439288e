using System.Security.Cryptography;

namespace Aanmelding.Core.Web.Assets;

/// <summary>
/// One file the pages link (a stylesheet, its licence), embedded in the Core assembly so both hosts serve the same
/// bytes. Pages link it under a name with a fingerprint of its content, so a browser may keep it for a year and a
/// new version is fetched under a new name.
/// </summary>
public sealed class PageAsset
{
    internal PageAsset(string name, string contentType, byte[] content)
    {
        Name = name;
        ContentType = contentType;
        Content = content;
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        var extension = Path.GetExtension(name);
        FingerprintedName = $"{name[..^extension.Length]}.{Fingerprint}{extension}";
        ETag = $"\"{Fingerprint}\"";
    }

    /// <summary>The file's own name, e.g. <c>aanmelding.css</c>.</summary>
    public string Name { get; }

    /// <summary>The name pages link, e.g. <c>aanmelding.3f2a9c1b0d4e.css</c>.</summary>
    public string FingerprintedName { get; }

    public string Fingerprint { get; }

    public string ContentType { get; }

    public string ETag { get; }

    public byte[] Content { get; }

    /// <summary>The path a page links: <c>/assets/{fingerprinted name}</c>.</summary>
    public string Href => "/" + Routes.Asset.Replace("{file}", FingerprintedName, StringComparison.Ordinal);
}
