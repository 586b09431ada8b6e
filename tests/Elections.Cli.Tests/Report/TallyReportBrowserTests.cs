using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Elections.Testing.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Elections.Cli.Tests.Report;

/// <summary>
/// Opens <c>tally --report</c> pages in headless Chromium at 1280 px: what a reader sees (text),
/// that nothing scrolls sideways but the wide tables' own boxes, and screenshots kept under
/// <c>artifacts/screenshots</c> in the test output.
/// </summary>
public sealed partial class TallyReportBrowserTests(ITestOutputHelper log) : IAsyncLifetime, IDisposable
{
    private const int Candidates = 25;
    private readonly string _dir = Directory.CreateTempSubdirectory("report-").FullName;
    private HeadlessChromium _browser = null!;

    public async Task InitializeAsync() => _browser = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task MeekReport_TwentyFiveCandidates_ShowsThresholdExhaustedProvenanceAndFitsTheWidth()
    {
        var (ballots, report) = await TallyAsync("meek", "--seats", "7");
        var page = await OpenAsync(report, "meek-25-candidates");
        var text = await page.InnerTextAsync("body");

        Assert.Contains("Board election 2027", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.NotEqual("Tally", (await page.TitleAsync()).Trim());
        Assert.Contains("Round by round", text, StringComparison.Ordinal);
        Assert.Matches(@"threshold \d", text);
        Assert.Contains("exhausted", text, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("meta[name=viewport]").CountAsync());
        Assert.DoesNotMatch(TrailingZero(), await CountTableTextAsync(page));
        Assert.Contains(Sha256(ballots), text, StringComparison.Ordinal);
        Assert.Contains($"elections tally {ballots} --method meek --seats 7 --report {report}", text, StringComparison.Ordinal);
        Assert.Matches(@"Tool\s+elections \d+\.\d+", text);
        Assert.Matches(@"Date\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", text);
        Assert.Contains("seats\t7\t--seats", text, StringComparison.Ordinal);

        // Every candidate is named beside its bar in round 1 (direct labels, not a shared palette).
        var firstRound = await page.InnerTextAsync("details >> nth=0");
        for (var c = 1; c <= Candidates; c++)
        {
            Assert.Contains(Name(c), firstRound, StringComparison.Ordinal);
        }

        Assert.True(await HeadlessChromium.ScrollWidthAsync(page) <= HeadlessChromium.DesktopWidth);
    }

    [Fact]
    public async Task SchulzeReport_PairwiseMatrixInResultOrderColouredByWinner_NoRoundChart()
    {
        var (_, report) = await TallyAsync("schulze", "--seats", "3");
        var page = await OpenAsync(report, "schulze-25-candidates");
        var text = await page.InnerTextAsync("body");

        Assert.DoesNotContain("Round by round", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("svg").CountAsync());
        Assert.Contains("Strongest paths", text, StringComparison.Ordinal);
        var order = Regex.Match(text, "Full order: (.+)").Groups[1].Value.Trim().Split(" > ");
        var headers = await page.Locator("table.matrix >> nth=0").Locator("thead th").AllInnerTextsAsync();
        Assert.Equal(order, headers.Skip(1).Select(h => h.Trim()));

        // The winner's row wins every contest (green); the last placed loses or ties every one.
        var rows = page.Locator("table.matrix >> nth=0").Locator("tbody tr");
        Assert.Equal(Candidates - 1, await rows.Nth(0).Locator("td.win").CountAsync());
        Assert.Equal(0, await rows.Nth(Candidates - 1).Locator("td.win").CountAsync());
        var green = await rows.Nth(0).Locator("td.win").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var red = await rows.Nth(Candidates - 1).Locator("td.lose").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual(green, red);

        // The matrix is wider than the page: it scrolls inside its own box, the page does not.
        var box = page.Locator("div.scroll:has(table.matrix) >> nth=0");
        Assert.True(await box.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"));
        Assert.True(await HeadlessChromium.ScrollWidthAsync(page) <= HeadlessChromium.DesktopWidth);
    }

    [Fact]
    public async Task RankedPairsReport_ShowsTheLockInOrder()
    {
        var (_, report) = await TallyAsync("ranked-pairs", "--seats", "3");
        var page = await OpenAsync(report, "ranked-pairs-25-candidates");
        var text = await page.InnerTextAsync("body");

        Assert.Contains("Lock-in order", text, StringComparison.Ordinal);
        var table = page.Locator("div[aria-label='lock-in order']");
        var pairs = await table.Locator("tbody tr").CountAsync();
        var locked = await table.Locator("td:text-is('locked')").CountAsync();
        var skipped = await table.Locator("td:text-is('skipped: would close a cycle')").CountAsync();
        Assert.Equal(Candidates * (Candidates - 1) / 2, pairs);
        Assert.Equal(pairs, locked + skipped);
        Assert.True(locked >= Candidates - 1);
        Assert.True(await HeadlessChromium.ScrollWidthAsync(page) <= HeadlessChromium.DesktopWidth);
    }

    private async Task<(string Ballots, string Report)> TallyAsync(string method, params string[] more)
    {
        var ballots = Path.Combine(_dir, "board-2027.blt");
        if (!File.Exists(ballots))
        {
            await File.WriteAllTextAsync(ballots, Blt());
        }

        var report = Path.Combine(_dir, method + ".html");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ElectionsCli.RunAsync(["tally", ballots, "--method", method, .. more, "--report", report], output, error);
        Assert.True(exit == 0, error.ToString());
        return (ballots, report);
    }

    private async Task<IPage> OpenAsync(string report, string screenshot)
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(report).AbsoluteUri);
        var path = await HeadlessChromium.ScreenshotAsync(page, screenshot);
        var width = await HeadlessChromium.ScrollWidthAsync(page);
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        log.WriteLine($"{screenshot}: scrollWidth {width} px at a {HeadlessChromium.DesktopWidth} px viewport, page height {height} px, screenshot {path}");
        return page;
    }

    private static Task<string> CountTableTextAsync(IPage page) =>
        page.InnerTextAsync("div[aria-label='votes per round']");

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static string Name(int c) => string.Create(CultureInfo.InvariantCulture, $"candidate-{c:00}");

    /// <summary>
    /// 600 ballots over 25 candidates from a fixed pseudo-random sequence: popularity falls with the
    /// candidate number, ballots rank 1 to 8 candidates, so Meek transfers and exhausts votes.
    /// </summary>
    private static string Blt()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{Candidates} 7\n"));
        var state = 20270101u;
        uint Next()
        {
            state = (state * 1664525u) + 1013904223u;
            return state >> 8;
        }

        for (var b = 0; b < 600; b++)
        {
            var length = 1 + (int)(Next() % 8);
            var ranked = new List<int>();
            while (ranked.Count < length)
            {
                // Squaring a uniform draw favours low candidate numbers.
                var u = Next() % 1000 / 1000.0;
                var c = 1 + (int)(u * u * Candidates);
                if (!ranked.Contains(c))
                {
                    ranked.Add(c);
                }
            }

            text.Append("1 ").AppendJoin(' ', ranked).Append(" 0\n");
        }

        text.Append("0\n");
        for (var c = 1; c <= Candidates; c++)
        {
            text.Append('"').Append(Name(c)).Append("\"\n");
        }

        return text.Append("\"Board election 2027\"\n").ToString();
    }

    [GeneratedRegex(@"\d\.\d*0(\s|$)", RegexOptions.Multiline)]
    private static partial Regex TrailingZero();
}
