using System.Text.RegularExpressions;

namespace Aanmelding.Core.Web.Assets;

/// <summary>
/// The files under <c>/assets/</c>: the NL Design System bundle (generated from the npm packages by
/// tools/PageAssets/bundle.mjs), Aanmelding's own layer over it, and their licence. Embedded resources of this
/// assembly, read once.
/// </summary>
public static partial class PageAssets
{
    const string ResourcePrefix = "Aanmelding.Core.Web.Assets.";

    /// <summary>The NL Design System components and the Voorbeeld theme's tokens they use.</summary>
    public static PageAsset NlDesignSystem { get; } = Load("nl-design-system.css", "text/css; charset=utf-8");

    /// <summary>Aanmelding's theme values and the bit of layout no component covers; linked after the bundle.</summary>
    public static PageAsset Site { get; } = Load("aanmelding.css", "text/css; charset=utf-8");

    /// <summary>The EUPL-1.2, under which the NL Design System CSS is used and passed on.</summary>
    public static PageAsset Licence { get; } = Load("LICENSE-EUPL-1.2.md", "text/plain; charset=utf-8");

    /// <summary>The stylesheets every page links, in order.</summary>
    public static IReadOnlyList<PageAsset> Stylesheets { get; } = [NlDesignSystem, Site];

    public static IReadOnlyList<PageAsset> All { get; } = [NlDesignSystem, Site, Licence];

    /// <summary>
    /// The asset a request names, by its own name or with a fingerprint; <paramref name="current"/> tells whether the
    /// fingerprint is this version's (an older page may still ask for the previous one while a deployment rolls out).
    /// </summary>
    public static PageAsset? Find(string? file, out bool current)
    {
        current = false;
        if (string.IsNullOrEmpty(file))
        {
            return null;
        }

        foreach (var asset in All)
        {
            if (string.Equals(file, asset.FingerprintedName, StringComparison.Ordinal))
            {
                current = true;
                return asset;
            }

            if (string.Equals(file, asset.Name, StringComparison.Ordinal))
            {
                return asset;
            }
        }

        var match = FingerprintedName().Match(file);
        return match.Success
            ? All.FirstOrDefault(asset => string.Equals(asset.Name, match.Groups["stem"].Value + match.Groups["extension"].Value, StringComparison.Ordinal))
            : null;
    }

    static PageAsset Load(string name, string contentType)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The page asset {name} is not embedded in {typeof(PageAssets).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new PageAsset(name, contentType, copy.ToArray());
    }

    [GeneratedRegex(@"^(?<stem>[a-z0-9-]+)\.[0-9a-f]{12}(?<extension>\.[a-z]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex FingerprintedName();
}
