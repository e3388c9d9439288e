using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>A page state at desktop width and on a 375 px phone: no axe-core violation, no sideways scrolling.</summary>
public static class AccessibleAtBothWidths
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    /// <summary>The page's context must have <see cref="Axe.AddToAsync"/>; the page ends at desktop width.</summary>
    public static async Task AssertAsync(IPage page, string state)
    {
        foreach (var viewport in new[] { Desktop, Phone })
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            var violations = await Axe.ViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{state} at {viewport.Width} px:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
            var widths = await page.EvaluateAsync<double[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(widths[0] <= widths[1], $"{state} at {viewport.Width} px scrolls sideways: {widths[0]} px of content in {widths[1]} px.");
        }

        await page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
    }
}
