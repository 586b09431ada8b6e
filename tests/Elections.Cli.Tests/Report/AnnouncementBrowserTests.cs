using Elections.Cli.Tests.Support;
using Elections.Testing.Browser;
using Xunit.Abstractions;

namespace Elections.Cli.Tests.Report;

/// <summary>
/// The website channel of announcement templates (issue 12 item 6): <c>elections announce NAME --channel website --out</c>
/// of the sample election, opened in headless Chromium with no network; a screenshot under artifacts/screenshots, the
/// visible heading and text, and every link checked: links into the election repository name a file or folder that
/// exists in the sample election, other links are well-formed absolute https addresses.
/// </summary>
public sealed class AnnouncementBrowserTests(ITestOutputHelper log) : IAsyncLifetime, IDisposable
{
    private const string RepositoryUrl = "https://github.com/examplecoop/sc-election-2026";
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("announcement-");
    private HeadlessChromium _browser = null!;

    public async Task InitializeAsync() => _browser = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    public void Dispose() => _out.Delete(recursive: true);

    [Theory]
    [InlineData("kickoff", "Nominations are open until 2026-09-27 AoE")]
    [InlineData("candidates", "@amara-okafor")]
    [InlineData("voting-reminder", "2026-10-25 AoE")]
    public async Task WebsitePage_SampleElection_ShowsTheAnnouncementAndItsLinksResolve(string template, string visible)
    {
        var (exit, output, error) = await CliRun.RunAsync("announce", template, "--channel", "website", "--repo", SampleRepository.Root(), "--out", _out.FullName);
        Assert.True(exit == 0, output + error);
        var title = output.Trim()[(output.IndexOf(": ", StringComparison.Ordinal) + 2)..];

        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_out.FullName, $"{template}.website.html")).AbsoluteUri);
        var shot = await HeadlessChromium.ScreenshotAsync(page, $"announcement-{template}-website");
        log.WriteLine($"{template}: screenshot {shot}");

        Assert.Equal(title, await page.TitleAsync());
        Assert.Equal(title, (await page.InnerTextAsync("h1")).Trim());
        Assert.Contains(visible, await page.InnerTextAsync("body"), StringComparison.Ordinal);
        Assert.True(await HeadlessChromium.ScrollWidthAsync(page) <= HeadlessChromium.DesktopWidth);

        var links = await page.EvalOnSelectorAllAsync<string[]>("a", "anchors => anchors.map(a => a.href)");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            Assert.True(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal), $"{template}: {link} is not an absolute https address");
            if (link.StartsWith(RepositoryUrl + "/", StringComparison.Ordinal))
            {
                var parts = link[(RepositoryUrl.Length + 1)..].Split('/', 3);
                Assert.True(parts is ["blob" or "tree", "HEAD", _], $"{template}: {link} is not a file or folder link into the election repository");
                var path = Path.Combine(SampleRepository.Root(), Uri.UnescapeDataString(parts[2]));
                Assert.True(parts[0] == "blob" ? File.Exists(path) : Directory.Exists(path), $"{template}: {link} names {parts[2]}, which is not in the sample election");
            }
        }
    }
}
