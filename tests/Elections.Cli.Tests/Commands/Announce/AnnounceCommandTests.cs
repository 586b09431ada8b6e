using System.Net;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands.Announce;

/// <summary>
/// <c>elections announce</c> from the command line (docs/mail.md): every channel rendered to files, bad input exits 2
/// with a reason, and <c>--post</c> to an emulated Discourse sends title, raw Markdown and category with the API headers.
/// The Discourse variables are process-wide, so this class sets and clears them itself (its tests run one at a time).
/// </summary>
public sealed class AnnounceCommandTests : IDisposable
{
    private readonly SampleRepository _repository = new();

    public AnnounceCommandTests() => _repository.Write(
        "config/election.yml",
        _repository.Read("config/election.yml") + "\nannouncements:\n  discourse_category: 12\n");

    public void Dispose()
    {
        SetDiscourse(null, null, null);
        _repository.Dispose();
    }

    [Theory]
    [InlineData("discourse", false)]
    [InlineData("github", false)]
    [InlineData("website", true)]
    [InlineData("email", true)]
    public async Task Announce_Out_WritesTheChannelsFiles(string channel, bool html)
    {
        var output = _repository.PathOf("out");
        var (exit, text, error) = await CliRun.RunAsync("announce", "kickoff", "--channel", channel, "--repo", _repository.Folder.FullName, "--out", output);

        Assert.True(exit == 0, text + error);
        var markdown = File.ReadAllText(Path.Combine(output, $"kickoff.{channel}.md"));
        Assert.Contains("2026-09-27", markdown, StringComparison.Ordinal);
        Assert.Equal(html, File.Exists(Path.Combine(output, $"kickoff.{channel}.html")));
        if (channel == "email")
        {
            Assert.Contains("amara.okafor@example.org", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Announce_WithoutOut_PrintsTitleAndText()
    {
        var (exit, text, _) = await CliRun.RunAsync("announce", "voting-start", "--channel", "github", "--repo", _repository.Folder.FullName);

        Assert.Equal(0, exit);
        Assert.Contains("2026-10-05", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kickof", "discourse", "there is no announcement 'kickof'")]
    [InlineData("kickoff", "mastodon", "mastodon")]
    public async Task Announce_BadNameOrChannel_ExitsTwo(string name, string channel, string expected)
    {
        var (exit, _, error) = await CliRun.RunAsync("announce", name, "--channel", channel, "--repo", _repository.Folder.FullName);

        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Announce_PostEmail_ExitsTwoPointingToMailSend()
    {
        var (exit, _, error) = await CliRun.RunAsync("announce", "kickoff", "--channel", "email", "--repo", _repository.Folder.FullName, "--post");

        Assert.Equal(2, exit);
        Assert.Contains("elections mail send", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Announce_PostDiscourse_PostsTitleRawAndCategoryWithTheApiHeaders()
    {
        using var discourse = new DiscourseEndpoint();
        SetDiscourse(discourse.Url, "secret-key", "election-bot");
        var rendered = await CliRun.RunAsync("announce", "kickoff", "--channel", "discourse", "--repo", _repository.Folder.FullName);
        var (exit, text, error) = await CliRun.RunAsync("announce", "kickoff", "--channel", "discourse", "--repo", _repository.Folder.FullName, "--post");

        Assert.True(exit == 0, text + error);
        var request = Assert.Single(discourse.Requests);
        Assert.Equal(("POST", "/posts.json", "secret-key", "election-bot"), (request.Method, request.Path, request.ApiKey, request.ApiUsername));
        var title = request.Body.GetProperty("title").GetString()!;
        var raw = request.Body.GetProperty("raw").GetString()!;
        Assert.Equal($"{title}\n\n{raw}\n", rendered.Out.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(12, request.Body.GetProperty("category").GetInt32());
        Assert.Contains($"posted: {discourse.Url}t/election-kickoff/77", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Announce_PostDiscourseDryRun_PostsNothing()
    {
        using var discourse = new DiscourseEndpoint();
        SetDiscourse(discourse.Url, "secret-key", "election-bot");
        var (exit, text, _) = await CliRun.RunAsync("announce", "kickoff", "--channel", "discourse", "--repo", _repository.Folder.FullName, "--post", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("dry run: would post", text, StringComparison.Ordinal);
        Assert.Empty(discourse.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, """{"errors": ["You are not permitted to view the requested resource. The API username or key is invalid."], "error_type": "invalid_access"}""", "The API username or key is invalid")]
    [InlineData(HttpStatusCode.UnprocessableEntity, """{"action": "create_post", "errors": ["Title has already been used"]}""", "Title has already been used")]
    public async Task Announce_PostDiscourseRefused_ExitsTwoWithTheReason(HttpStatusCode status, string answer, string reason)
    {
        using var discourse = new DiscourseEndpoint(status, answer);
        SetDiscourse(discourse.Url, "wrong-key", "election-bot");
        var (exit, _, error) = await CliRun.RunAsync("announce", "kickoff", "--channel", "discourse", "--repo", _repository.Folder.FullName, "--post");

        Assert.Equal(2, exit);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Announce_PostDiscourseWithoutVariables_ExitsTwoNamingThem()
    {
        SetDiscourse(null, null, null);
        var (exit, _, error) = await CliRun.RunAsync("announce", "kickoff", "--channel", "discourse", "--repo", _repository.Folder.FullName, "--post");

        Assert.Equal(2, exit);
        Assert.Contains("DISCOURSE_URL", error, StringComparison.Ordinal);
    }

    private static void SetDiscourse(string? url, string? key, string? user)
    {
        Environment.SetEnvironmentVariable("DISCOURSE_URL", url);
        Environment.SetEnvironmentVariable("DISCOURSE_API_KEY", key);
        Environment.SetEnvironmentVariable("DISCOURSE_API_USERNAME", user);
    }
}
