using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Aanmelding.Core.Web.Assets;
using Aanmelding.Launcher;

namespace Aanmelding.Tests.Unit.Web;

/// <summary>
/// The pages' CSS: the committed NL Design System bundle is what the locked npm packages build, it asks for nothing
/// the page policy forbids, and every asset is found under its own and its fingerprinted name.
/// </summary>
public sealed partial class PageAssetsTests
{
    [Fact]
    public async Task The_committed_bundle_is_what_the_locked_packages_build()
    {
        var info = new ProcessStartInfo("node", [Path.Combine("tools", "PageAssets", "bundle.mjs"), "--check"])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(info)!;
        var output = await node.StandardOutput.ReadToEndAsync() + await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, output);
        Assert.Contains("up to date", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundle_names_every_source_package_with_its_version_and_licence()
    {
        var bundle = Text(PageAssets.NlDesignSystem);

        Assert.StartsWith("/*!", bundle, StringComparison.Ordinal);
        Assert.Contains("Licence: EUPL-1.2", bundle, StringComparison.Ordinal);
        Assert.Matches(PackageLine("@nl-design-system-unstable/voorbeeld-design-tokens"), bundle);
        foreach (var component in new[] { "button-css", "form-field-css", "radio-button-css", "checkbox-css", "alert-css", "table-css", "data-list-css", "page-layout-css" })
        {
            Assert.Matches(PackageLine("@utrecht/" + component), bundle);
        }

        Assert.Contains("EUROPEAN UNION PUBLIC LICENCE v. 1.2", Text(PageAssets.Licence), StringComparison.Ordinal);
    }

    [Fact]
    public void No_stylesheet_loads_anything_the_page_policy_forbids()
    {
        foreach (var sheet in PageAssets.Stylesheets)
        {
            var css = Text(sheet);
            Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Every_theme_token_our_layer_uses_is_defined()
    {
        var bundle = Text(PageAssets.NlDesignSystem);
        var site = Text(PageAssets.Site);
        var undefined = TokenUse().Matches(site)
            .Select(m => m.Groups["name"].Value)
            .Where(name => name.StartsWith("--basis-", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Where(name => !bundle.Contains($"  {name}:", StringComparison.Ordinal) && !site.Contains($"  {name}:", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(undefined);
    }

    [Fact]
    public void Assets_are_found_by_their_own_name_and_their_fingerprint_and_nothing_else()
    {
        foreach (var asset in PageAssets.All)
        {
            Assert.Same(asset, PageAssets.Find(asset.FingerprintedName, out var current));
            Assert.True(current);
            Assert.Same(asset, PageAssets.Find(asset.Name, out current));
            Assert.False(current);
            Assert.StartsWith("/assets/", asset.Href, StringComparison.Ordinal);
            Assert.Equal($"\"{asset.Fingerprint}\"", asset.ETag);
        }

        Assert.Same(PageAssets.Site, PageAssets.Find("aanmelding.0123456789ab.css", out var stale));
        Assert.False(stale);
        Assert.NotEqual(PageAssets.Site.FingerprintedName, PageAssets.NlDesignSystem.FingerprintedName);
        foreach (var unknown in new[] { "", "nope.css", "../aanmelding.css", "aanmelding.css.map", "AANMELDING.CSS", "aanmelding.0123.css" })
        {
            Assert.Null(PageAssets.Find(unknown, out _));
        }
    }

    static string Text(PageAsset asset) => Encoding.UTF8.GetString(asset.Content);

    static Regex PackageLine(string name) => new($@"^ \*   {Regex.Escape(name)} \d+\.\d+\.\d+", RegexOptions.Multiline, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"var\(\s*(?<name>--[a-z0-9-]+)")]
    private static partial Regex TokenUse();
}
