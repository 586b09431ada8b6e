using Elections.Core.Candidacy;
using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Tests.Configuration;
using Elections.Core.Voters;

namespace Elections.Core.Tests.Candidacy;

/// <summary>Builders for candidacy tests: the sample config, a roll of voters 1..20 plus special people, and pull-request facts.</summary>
internal static class Nominations
{
    public static readonly ElectionConfig Config = SampleConfig.Valid(SampleConfig.Text);

    /// <summary>Nominations open 2026-09-14 12:00 UTC and close 2026-09-28 12:00 UTC; endorsements close 2026-09-30 12:00 UTC.</summary>
    public static readonly DateTimeOffset Opened = new(2026, 9, 20, 10, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset EndorsementsClose = new(2026, 9, 30, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset NominationsClose = new(2026, 9, 28, 12, 0, 0, TimeSpan.Zero);

    /// <summary>On the roll with no e-mail: cannot vote.</summary>
    public static readonly Person NoEmail = new(30, "voter30");

    /// <summary>An official (on the roll: officials may vote).</summary>
    public static readonly Person Official = new(5100001, "olivia-ec");

    /// <summary>Not on the roll.</summary>
    public static readonly Person Stranger = new(999, "stranger");

    public static readonly VoterRoll Roll = new()
    {
        File = "voters.json",
        Voters =
        [
            .. Enumerable.Range(1, 20).Select(i => Voter(i, VoterStatus.Active, $"v{i}@example.org")),
            Voter(30, VoterStatus.NoEmail, ""),
            new Voter { Id = Official.Id, Login = Official.Login, Email = "olivia@example.org", Status = VoterStatus.Active, Source = VoterSource.Automatic },
        ],
    };

    public static Person P(int i) => new(i, $"voter{i}");

    public static CandidacyElection Election(params ConflictGroup[] groups) => new() { Config = Config, Roll = Roll, ConflictGroups = groups };

    public static NominationFacts Pr(Person author, string nominee, int number = 7) => new()
    {
        Number = number,
        Author = author,
        CreatedAt = Opened,
        State = PullRequestState.Open,
        HeadSha = "abc123",
        Files = [new ChangedFile($"candidates/{nominee}.md", FileChange.Added)],
        HeadFile = CandidateFileParser.Parse($"candidates/{nominee}.md", CompleteForm(nominee)),
    };

    public static string CompleteForm(string login) =>
        $"---\nname: Someone\ngithub: {login}\nemail: {login}@example.org\nconflicts_of_interest: none\n---\n\nWhy I am running.\n";

    public static NominationFacts WithComments(this NominationFacts facts, params CommentFact[] comments) => facts with { Comments = [.. facts.Comments, .. comments] };

    public static NominationFacts WithReviews(this NominationFacts facts, params ReviewFact[] reviews) => facts with { Reviews = [.. facts.Reviews, .. reviews] };

    private static long _ids = 100;

    public static CommentFact Comment(Person author, string body, DateTimeOffset? at = null)
    {
        var when = at ?? Opened.AddHours(1);
        return new CommentFact(Interlocked.Increment(ref _ids), author, body, when, when);
    }

    public static ReviewFact Approve(Person reviewer, DateTimeOffset? at = null) =>
        new(Interlocked.Increment(ref _ids), reviewer, ReviewVerdict.Approved, at ?? Opened.AddHours(2));

    public static NominationAssessment Assess(NominationFacts facts, CandidacyElection? election = null) =>
        NominationAssessor.Assess(facts, election ?? Election());

    private static Voter Voter(int id, VoterStatus status, string email) => new()
    {
        Id = id,
        Login = $"voter{id}",
        Email = email,
        Status = status,
        Source = VoterSource.Automatic,
    };
}
