using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (its own browser download does not work on these machines).
/// Tests skip with a reason when /usr/bin/chromium is missing.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static bool Available => File.Exists(ChromiumPath);

    public static async Task<BrowserSession> StartAsync()
    {
        var session = new BrowserSession { playwright = await Playwright.CreateAsync() };
        session.Browser = await session.playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}
