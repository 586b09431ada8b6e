using Elections.Core.Candidates;
using Elections.Core.Tests.Voters;
using Elections.Core.Validation;
using Elections.Core.Voters;

namespace Elections.Core.Tests.Candidates;

public sealed class CandidateValidatorTests
{
    private static readonly VoterRoll Roll = VoterRollParser.Parse(RollText.File, RollText.Of(
        RollText.Active(1, "amara", "amara@example.org"),
        RollText.Active(2, "olivia-ec", "olivia@example.org"),
        "{\"id\": 3, \"login\": \"cleo\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"no-email\"}",
        "{\"id\": 4, \"login\": \"dana\", \"email\": \"dana@example.org\", \"source\": {\"kind\": \"automatic\"}, \"status\": \"access-revoked\", \"note\": \"x\"}")).Roll;

    private static readonly ElectionOfficials Officials = new([2], ["oksana-ec"], "config/election.yml officials");

    private static IReadOnlyList<Problem> Check(params (string File, string Text)[] files) =>
        CandidateValidator.Validate([.. files.Select(f => CandidateFileParser.Parse(f.File, f.Text).Candidate)], Roll, Officials);

    [Theory]
    [InlineData("candidates/amara.md", "")]
    [InlineData("candidates/AMARA.md", "")]
    [InlineData("candidates/amara.md", "---\ngithub: Amara\n---\n")]
    public void Validate_ActiveVoterFileNameIgnoringCase_NoProblems(string file, string text) =>
        Assert.Empty(Check((file, text)));

    [Fact]
    public void Validate_NotAVoter_Reported() =>
        ProblemAssert.Only(Check(("candidates/zed.md", "")), "candidates/zed.md", 0, "file name", "no voter in voters.json has the login \"zed\"");

    [Fact]
    public void Validate_OfficialById_Reported() =>
        ProblemAssert.Only(Check(("candidates/olivia-ec.md", "")), "candidates/olivia-ec.md", 0, "file name", "election official (config/election.yml officials)");

    [Fact]
    public void Validate_OfficialByLoginNotOnRoll_ReportsOfficialAndNotVoter()
    {
        var problems = Check(("candidates/oksana-ec.md", ""));

        Assert.Equal(2, problems.Count);
        Assert.Contains("election official", problems[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cleo", "no-email without an e-mail address in voters.json line 7")]
    [InlineData("dana", "access-revoked in voters.json line 8")]
    public void Validate_VoterWhoCannotStand_Reported(string login, string message) =>
        ProblemAssert.Only(Check(($"candidates/{login}.md", "")), $"candidates/{login}.md", 0, "file name", message);

    [Fact]
    public void Validate_GitHubHandleDiffersFromFileName_ReportedOnItsLine() =>
        ProblemAssert.Only(Check(("candidates/amara.md", "---\nname: A\ngithub: someone-else\n---\n")), "candidates/amara.md", 3, "github", "says @someone-else but the file is for @amara");

    [Fact]
    public void Validate_TwoFilesSamePerson_Reported() =>
        ProblemAssert.Only(Check(("candidates/amara.md", ""), ("candidates/Amara.md", "")), "candidates/Amara.md", 0, "file name", "same person as candidates/amara.md");

    [Fact]
    public void Validate_FileNameNotALogin_Reported() =>
        ProblemAssert.Only(Check(("candidates/amara okafor.md", "")), "candidates/amara okafor.md", 0, "file name", "is not a GitHub login");
}
