using Microsoft.Playwright;

namespace Elections.Testing.Browser;

/// <summary>
/// Headless Chromium for tests that open a page the project renders (tally report, dashboard,
/// mail's web view). Uses the installed Debian <c>chromium</c> (<c>/usr/bin/chromium</c>, or
/// <c>ELECTIONS_CHROMIUM</c>); Playwright never downloads a browser. Link this file into a test
/// project and reference <c>Microsoft.Playwright</c>.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>The width every page must fit without horizontal scrolling.</summary>
    public const int DesktopWidth = 1280;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>The browser binary: <c>ELECTIONS_CHROMIUM</c> when set, else <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("ELECTIONS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Starts the browser; fails with the fix when the binary is missing.</summary>
    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} not found: install Debian chromium (apt-get install -y chromium, as scripts/test.sh does) or set ELECTIONS_CHROMIUM");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>A new page <paramref name="width"/> pixels wide, with no network beyond <c>file:</c> and <c>data:</c> URLs unless allowed.</summary>
    public async Task<IPage> NewPageAsync(int width = DesktopWidth, int height = 900, bool offline = true)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Offline = offline,
        });
        return await context.NewPageAsync();
    }

    /// <summary>The page's full scroll width in CSS pixels (<c>document.documentElement.scrollWidth</c>).</summary>
    public static Task<int> ScrollWidthAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    /// <summary>
    /// Saves a full-page screenshot under the test output's <c>artifacts/screenshots</c> folder
    /// (kept after the run) and returns its path.
    /// </summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
