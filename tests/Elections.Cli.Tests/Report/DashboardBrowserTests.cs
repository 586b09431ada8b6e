using System.Globalization;
using System.Text.RegularExpressions;
using Elections.Cli.Tests.Commands.Voting;
using Elections.Cli.Tests.Support;
using Elections.Testing.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Elections.Cli.Tests.Report;

/// <summary>
/// <c>elections dashboard</c> of the sample election in headless Chromium, on a phone (375 px) and a desktop (1280 px):
/// visible text (phase, timeline with AoE and countdowns, nominees, roll size, results link), no horizontal scroll,
/// screenshots under artifacts/screenshots, and an accessibility check: landmarks, one h1 and no skipped heading level,
/// every link named, and the palette's contrast computed from the rendered colours (at least 4.5:1).
/// </summary>
public sealed partial class DashboardBrowserTests(ITestOutputHelper log) : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset DuringEndorsements = new(2026, 9, 29, 0, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("dashboard-");
    private HeadlessChromium _browser = null!;

    public async Task InitializeAsync() => _browser = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    public void Dispose() => _out.Delete(recursive: true);

    [Theory]
    [InlineData(375)]
    [InlineData(HeadlessChromium.DesktopWidth)]
    public async Task Dashboard_SampleElection_ReadableAccessibleAndFitsTheWidth(int width)
    {
        var results = Path.Combine(_out.FullName, "tally.html");
        await File.WriteAllTextAsync(results, "<!DOCTYPE html><title>count</title><p>count</p>");
        var (exit, output, error) = await CliRun.RunAtAsync(new FixedClock(DuringEndorsements), "dashboard", "--repo", SampleRepository.Root(), "--out", _out.FullName, "--results", results);
        Assert.True(exit == 0, output + error);
        var html = await File.ReadAllTextAsync(Path.Combine(_out.FullName, "index.html"));
        Assert.Contains("(in 1 d 12 h 0 min)", html, StringComparison.Ordinal); // endorsements close 2026-09-30 12:00 UTC: readable without the script
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);

        var page = await _browser.NewPageAsync(width);
        await page.Clock.SetFixedTimeAsync(DuringEndorsements.UtcDateTime); // the inline script's countdowns run at the page's instant
        await page.GotoAsync(new Uri(Path.Combine(_out.FullName, "index.html")).AbsoluteUri);
        var shot = await HeadlessChromium.ScreenshotAsync(page, $"dashboard-{width}px");
        log.WriteLine($"dashboard at {width} px: scrollWidth {await HeadlessChromium.ScrollWidthAsync(page)}, screenshot {shot}");
        var text = await page.InnerTextAsync("body");

        Assert.Contains("Current phase: endorsements, acceptances and candidate forms", text, StringComparison.Ordinal);
        Assert.Contains("Nominations close: 2026-09-27 AoE (2026-09-28 12:00 UTC) (passed)", text, StringComparison.Ordinal);
        Assert.Contains("Voting closes: 2026-10-25 AoE (2026-10-26 12:00 UTC) (in 27 d 12 h 0 min)", text, StringComparison.Ordinal);
        Assert.Contains("@amara-okafor", text, StringComparison.Ordinal);
        Assert.Contains("people can vote", text, StringComparison.Ordinal);
        Assert.Contains("elections voters explain YOUR-LOGIN", text, StringComparison.Ordinal);
        Assert.Equal("results.html", await page.GetAttributeAsync("a:text('read the results report')", "href"));
        Assert.True(await HeadlessChromium.ScrollWidthAsync(page) <= width);

        // Landmarks, headings, names.
        Assert.Equal(1, await page.Locator("header").CountAsync());
        Assert.Equal(1, await page.Locator("main").CountAsync());
        Assert.Equal(1, await page.Locator("footer").CountAsync());
        var levels = (await page.Locator("h1, h2, h3, h4, h5, h6").EvaluateAllAsync<string[]>("hs => hs.map(h => h.tagName)")).Select(t => t[1] - '0').ToList();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} followed by h{pair.Second}"));
        var unnamed = await page.Locator("a, button, input, select, textarea").EvaluateAllAsync<int>("es => es.filter(e => !(e.getAttribute('aria-label') || e.textContent).trim()).length");
        Assert.Equal(0, unnamed);
        foreach (var section in await page.Locator("section").AllAsync())
        {
            Assert.False(string.IsNullOrEmpty(await section.GetAttributeAsync("aria-labelledby")));
        }

        // Contrast of every colour the palette puts on the page, against the background.
        var pairs = await page.Locator("body, body *").EvaluateAllAsync<string[]>(
            "es => es.filter(e => e.innerText && e.innerText.trim()).map(e => getComputedStyle(e).color + '|' + getComputedStyle(document.body).backgroundColor)");
        foreach (var pair in pairs.Distinct())
        {
            var colours = pair.Split('|');
            var ratio = Contrast(Rgb(colours[0]), Rgb(colours[1]));
            Assert.True(ratio >= 4.5, $"{colours[0]} on {colours[1]}: contrast {ratio:F2} < 4.5");
        }
    }

    [Fact]
    public async Task Dashboard_AfterTheCount_ListsTheElectedWithTermsAndLinksTheReportOfResults()
    {
        using var handOff = new HandOffElection();
        handOff.Sample.Write("ballots.blt", handOff.Blt(30));
        var (counted, _, countError) = await CliRun.RunAsync("results", "--repo", handOff.Dir, "--ballots", handOff.Sample.PathOf("ballots.blt"));
        Assert.True(counted == 0, countError);
        using var results = System.Text.Json.JsonDocument.Parse(handOff.Sample.Read("results/results.json"));
        var elected = results.RootElement.GetProperty("elected").EnumerateArray().Select(e => (Login: e.GetProperty("login").GetString()!, Years: e.GetProperty("term_years").GetInt32())).ToList();

        var (exit, output, error) = await CliRun.RunAtAsync(new FixedClock(new DateTimeOffset(2026, 10, 28, 0, 0, 0, TimeSpan.Zero)), "dashboard", "--repo", handOff.Dir, "--out", _out.FullName);
        Assert.True(exit == 0, output + error);
        var page = await _browser.NewPageAsync(375);
        await page.GotoAsync(new Uri(Path.Combine(_out.FullName, "index.html")).AbsoluteUri);
        var shot = await HeadlessChromium.ScreenshotAsync(page, "dashboard-results-375px");
        log.WriteLine($"dashboard after the count: screenshot {shot}");
        var items = await page.Locator("#elected li").AllInnerTextsAsync();

        Assert.Equal(7, elected.Count);
        Assert.Equal(elected.Count, items.Count);
        Assert.All(elected.Zip(items), pair =>
        {
            Assert.Contains("@" + pair.First.Login, pair.Second, StringComparison.Ordinal);
            Assert.EndsWith($"for {pair.First.Years} year{(pair.First.Years == 1 ? "" : "s")}", pair.Second, StringComparison.Ordinal);
        });
        Assert.Equal("results.html", await page.GetAttributeAsync("a:text('read the results report')", "href"));
        Assert.Equal(handOff.Sample.Read("results/report.html"), await File.ReadAllTextAsync(Path.Combine(_out.FullName, "results.html")));
        Assert.True(await HeadlessChromium.ScrollWidthAsync(page) <= 375);
    }

    private static (double R, double G, double B) Rgb(string css)
    {
        var parts = Numbers().Matches(css).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        return (parts[0], parts[1], parts[2]);
    }

    private static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        static double Channel(double c) => c / 255 <= 0.03928 ? c / 255 / 12.92 : Math.Pow(((c / 255) + 0.055) / 1.055, 2.4);
        static double Luminance((double R, double G, double B) c) => (0.2126 * Channel(c.R)) + (0.7152 * Channel(c.G)) + (0.0722 * Channel(c.B));
        var (light, dark) = (Math.Max(Luminance(a), Luminance(b)), Math.Min(Luminance(a), Luminance(b)));
        return (light + 0.05) / (dark + 0.05);
    }

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Numbers();
}
