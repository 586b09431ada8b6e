using System.Globalization;
using System.Text.Json;
using Elections.Cli.Tests.Support;
using Elections.Infrastructure.Tests.Mail;

namespace Elections.Cli.Tests.Commands.Voting;

/// <summary>
/// <c>elections results publish</c>: the result mailed privately to the candidates through a real SMTP server, once;
/// public only after <c>results.embargo_hours</c>; each stage recorded in <c>results/publication.json</c>.
/// </summary>
public sealed class ResultsPublishTests : IDisposable
{
    private readonly HandOffElection _election = new();

    public void Dispose() => _election.Dispose();

    private string Dir => _election.Dir;

    private static FixedClock HoursAfterVoting(int hours) => new(HandOffElection.AfterVoting.GetUtcNow().AddHours(hours));

    private async Task CountAsync(int port)
    {
        var sample = _election.Sample;
        sample.SendMailTo(port);
        sample.Write("opavote.blt", _election.Blt(30));
        var (imported, _, importError) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "voting", "import", sample.PathOf("opavote.blt"), "--repo", Dir);
        Assert.True(imported == 0, importError);
        var (counted, _, countError) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "--repo", Dir);
        Assert.True(counted == 0, countError);
    }

    [Fact]
    public async Task Publish_CandidatesThenPublic_MailsCandidatesOnceAndHoldsTheEmbargo()
    {
        await using var sink = new SmtpSink();
        await CountAsync(sink.Port);

        var early = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "publish", "--stage", "public", "--repo", Dir);
        Assert.Equal(2, early.Exit);
        Assert.Contains("have not had the result yet", early.Error, StringComparison.Ordinal);

        var dry = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "publish", "--stage", "candidates", "--repo", Dir, "--dry-run");
        Assert.Equal(0, dry.Exit);
        var planned = int.Parse(dry.Out.Split("privately to ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
        Assert.Empty(sink.Received);
        Assert.InRange(planned, 1, _election.Locked.Count);

        var first = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "publish", "--stage", "candidates", "--repo", Dir);
        Assert.True(first.Exit == 0, first.Error);
        Assert.Equal(planned, sink.Received.Count);
        var elected = _election.Elected();
        Assert.All(sink.Received, mail => Assert.All(elected, e => Assert.Contains($"@{e.Login}", mail.Message.TextBody, StringComparison.Ordinal)));
        var again = await CliRun.RunAtAsync(HoursAfterVoting(1), "results", "publish", "--stage", "candidates", "--repo", Dir);
        Assert.True(again.Exit == 0, again.Error);
        Assert.Equal(planned, sink.Received.Count);

        var embargoed = await CliRun.RunAtAsync(HoursAfterVoting(1), "results", "publish", "--stage", "public", "--repo", Dir);
        Assert.Equal(2, embargoed.Exit);
        Assert.Contains("results.embargo_hours", embargoed.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_election.Sample.PathOf("results/announcement.website.md")));

        var published = await CliRun.RunAtAsync(HoursAfterVoting(25), "results", "publish", "--stage", "public", "--repo", Dir);
        Assert.True(published.Exit == 0, published.Error);
        Assert.True(File.Exists(_election.Sample.PathOf("results/announcement.website.md")));
        Assert.True(File.Exists(_election.Sample.PathOf("results/announcement.discourse.md")));
        using var record = JsonDocument.Parse(_election.Sample.Read("results/publication.json"));
        Assert.Equal(1, record.RootElement.GetProperty("format_version").GetInt32());
        Assert.Equal(HandOffElection.AfterVoting.GetUtcNow(), DateTimeOffset.Parse(record.RootElement.GetProperty("candidates_notified_at").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(HoursAfterVoting(25).GetUtcNow(), DateTimeOffset.Parse(record.RootElement.GetProperty("public_at").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Publish_BeforeResults_ExitsTwoSayingRunResultsFirst()
    {
        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "publish", "--stage", "candidates", "--repo", Dir);

        Assert.Equal(2, exit);
        Assert.Contains("run `elections results` first", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }
}
