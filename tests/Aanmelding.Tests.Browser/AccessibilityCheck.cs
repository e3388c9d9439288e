using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// One page state checked at desktop width and on a 375 px phone: axe-core finds no violation and nothing scrolls
/// sideways. Keeps the names of the states it checked, so a test can say how many it saw.
/// </summary>
public sealed class AccessibilityCheck(IPage page)
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    public List<string> Checked { get; } = [];

    public async Task RunAsync(string state)
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
        Checked.Add(state);
    }
}
