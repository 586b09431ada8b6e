using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Core.Tests.Configuration;
using Elections.Core.Tests.Snapshots;
using Elections.Core.Voters;
using Elections.Core.Voters.Edits;

namespace Elections.Core.Tests.Voters.Edits;

public sealed class EmailChangeReviewTests
{
    private static readonly ElectionConfig Config = SampleConfig.Valid(SampleConfig.Text);
    private static readonly DateTimeOffset BeforeFreeze = new(2026, 9, 20, 10, 0, 0, TimeSpan.Zero);

    private static VoterRoll Base => VoterRollParser.Parse(ElectionLayout.RollPath, SampleElection.RollText).Roll;

    private static EmailChangeVerdict Judge(string headText, long author = 1000001, string login = "amara-okafor", DateTimeOffset? at = null, string[]? paths = null) =>
        EmailChangeReview.Judge(Config, Base, new EmailChangeRequest
        {
            AuthorId = author,
            AuthorLogin = login,
            ChangedPaths = paths ?? [ElectionLayout.RollPath],
            HeadRollText = headText,
            At = at ?? BeforeFreeze,
        });

    private static string Edited(string find, string replace)
    {
        Assert.Contains(find, SampleElection.RollText, StringComparison.Ordinal);
        return SampleElection.RollText.Replace(find, replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OwnAddressChanged_Accepted()
    {
        var verdict = Judge(Edited("amara.okafor@example.org", "amara@new.example.org"));

        Assert.True(verdict.Accepted, string.Join("\n", verdict.Reasons));
        Assert.Equal("voters.json: @amara-okafor (1000001) updates their e-mail address", verdict.CommitTitle);
    }

    [Fact]
    public void Judge_NoEmailVoterAddsAddress_Accepted()
    {
        var verdict = Judge(
            Edited("{\"id\": 1000039, \"login\": \"nadia-kovacs\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}", "{\"id\": 1000039, \"login\": \"nadia-kovacs\", \"email\": \"nadia@example.org\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"active\"}"),
            1000039,
            "nadia-kovacs");

        Assert.True(verdict.Accepted, string.Join("\n", verdict.Reasons));
    }

    [Fact]
    public void Judge_AfterTheFreeze_RefusedSayingSo()
    {
        var verdict = Judge(Edited("amara.okafor@example.org", "amara@new.example.org"), at: Config.Timeline.VoterRollFreeze.Utc);

        Assert.Contains("froze", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_AuthorNotOnTheRoll_Refused()
    {
        var verdict = Judge(Edited("amara.okafor@example.org", "amara@new.example.org"), 4242, "stranger");

        Assert.Contains("not on the voter roll", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OtherVotersEntryChanged_RefusedNamingIt()
    {
        var verdict = Judge(Edited("bruno.lindqvist@example.org", "bruno@evil.example.org"));

        Assert.Equal(2, verdict.Reasons.Count);
        Assert.Contains("other voters' entries (@bruno-lindqvist (1000002))", verdict.Reasons[0], StringComparison.Ordinal);
        Assert.Contains("unchanged", verdict.Reasons[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_AddressOfAnotherVoter_RefusedByFullValidation()
    {
        var verdict = Judge(Edited("amara.okafor@example.org", "bruno.lindqvist@example.org"));

        Assert.Contains("already used on line", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_DuplicateOwnEntry_RefusedByFullValidation()
    {
        var line = "{\"id\": 1000001, \"login\": \"amara-okafor\", \"email\": \"amara.okafor@example.org\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"active\"},";
        var verdict = Judge(Edited(line, line + "\n    " + line.Replace("amara.okafor@", "amara2@", StringComparison.Ordinal).Replace("amara-okafor\"", "amara-two\"", StringComparison.Ordinal)));

        Assert.Contains("id 1000001 is already used", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OtherFilesChanged_Refused()
    {
        var verdict = Judge(Edited("amara.okafor@example.org", "amara@new.example.org"), paths: [ElectionLayout.RollPath, ".github/workflows/x.yml"]);

        Assert.Contains("`.github/workflows/x.yml`", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OwnSourceMadeException_Refused()
    {
        var verdict = Judge(Edited(
            "\"amara.okafor@example.org\", \"source\": {\"kind\": \"automatic\"}",
            "\"amara@new.example.org\", \"source\": {\"kind\": \"exception\", \"reason\": \"me\"}"));

        Assert.Contains("login or source", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_BouncedAddressKept_Refused()
    {
        var verdict = Judge(
            Edited("\"priya.nair@example.net\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"bounced\"", "\"priya.nair@example.net\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"active\""),
            1000041,
            "priya-nair");

        Assert.Contains("bounced", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OwnEntryRemoved_Refused()
    {
        var line = "    {\"id\": 1000001, \"login\": \"amara-okafor\", \"email\": \"amara.okafor@example.org\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"active\"},\n";
        var verdict = Judge(Edited(line, ""));

        Assert.Contains("removes your own entry", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_WaivedVoter_Refused()
    {
        var verdict = Judge(
            Edited("{\"id\": 1000042, \"login\": \"rafael-mendes\", \"source\"", "{\"id\": 1000042, \"login\": \"rafael-mendes\", \"email\": \"r@example.org\", \"source\""),
            1000042,
            "rafael-mendes");

        Assert.Contains("\"waived\"", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_NotJson_RefusedWithTheProblem()
    {
        var verdict = Judge("{ not json");

        Assert.Contains("does not pass validation", Assert.Single(verdict.Reasons), StringComparison.Ordinal);
    }
}
