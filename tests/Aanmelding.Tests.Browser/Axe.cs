using System.Text.Json;
using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// axe-core (npm, pinned in package-lock.json) in the page. It is added as an init script, which the browser runs
/// outside the page's Content-Security-Policy, so the pages are checked exactly as they are served.
/// </summary>
public static class Axe
{
    static readonly Lazy<string> Source = new(() =>
    {
        var path = Path.Combine(Repository.Root, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new InvalidOperationException($"{path} is missing: run npm ci (./aanmelding test does).");
    });

    public static Task AddToAsync(IBrowserContext context) => context.AddInitScriptAsync(Source.Value);

    /// <summary>Every rule axe runs by default (WCAG 2.0, 2.1 and 2.2 A and AA, and its best practices); each violation as one line.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
