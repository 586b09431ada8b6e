using System.Security.Cryptography;
using System.Text;
using Elections.App.Voting;
using Elections.Core.Snapshots;
using Elections.Tests.Support;

namespace Elections.App.Tests.Voting;

/// <summary>
/// The <c>results</c> check's judgement of a results pull request's files (docs/voting.md "Handlers"): the first problem
/// names file and field, later checks are not run, and the deadline is always judged. The recount path is covered end to
/// end in Elections.Webhooks.Tests (ResultsEndToEndTests) with files written by the real <c>elections results</c>.
/// </summary>
public sealed class ResultsReviewTests
{
    private static readonly DateTimeOffset AfterVoting = new(2026, 10, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Ballots = Encoding.UTF8.GetBytes("2 1\n1 1 2 0\n0\n\"A\"\n\"B\"\n\"Example Co-op Steering Committee Election 2026\"\n");
    private static readonly string Digest = Convert.ToHexStringLower(SHA256.HashData(Ballots));

    [Fact]
    public void Review_NoResultsJson_FailsNamingItAndRunsOnlyTheDeadline()
    {
        var outcome = ResultsReview.Review(Input() with { Results = null });

        Assert.Equal("results/results.json: missing from the pull request; run `elections results` again and commit results/ as it writes it", outcome.FirstProblem!.ToString());
        Assert.Equal([(ResultsReview.Files, false), (ResultsReview.Sha256, null), (ResultsReview.Import, null), (ResultsReview.Recount, null), (ResultsReview.VotingClosed, true)], outcome.Lines.Select(l => (l.Name, l.Passed)));
    }

    [Fact]
    public void Review_BallotsFileOutsideResults_FailsNamingBallotsFile()
    {
        var outcome = ResultsReview.Review(Input() with { Results = Results("voting/ballots.blt", Digest) });

        Assert.Equal("results/results.json", outcome.FirstProblem!.File);
        Assert.Equal("ballots_file", outcome.FirstProblem.Field);
    }

    [Fact]
    public void Review_ResultsJsonRecordsAnotherHash_FailsNamingBallotsSha256()
    {
        var outcome = ResultsReview.Review(Input() with { Results = Results("results/ballots.blt", new string('a', 64)) });

        Assert.Equal(("results/results.json", "ballots_sha256"), (outcome.FirstProblem!.File, outcome.FirstProblem.Field));
        Assert.Contains($"but results/ballots.blt hashes to {Digest}", outcome.FirstProblem.Message, StringComparison.Ordinal);
        Assert.Equal((ResultsReview.Import, (bool?)null), (outcome.Lines[2].Name, outcome.Lines[2].Passed));
    }

    [Fact]
    public void Review_NoLockInRecord_FailsTheImportChecksNamingTheRecord()
    {
        var outcome = ResultsReview.Review(Input());

        Assert.Equal([true, true, false, null, true], outcome.Lines.Select(l => l.Passed));
        Assert.StartsWith("voting/lock-in.json: lock-in: there is no lock-in record", outcome.FirstProblem!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Review_BeforeVotingCloses_FailsNamingTheDeadlineAndItsLine()
    {
        var outcome = ResultsReview.Review(Input() with { Results = null, Now = new DateTimeOffset(2026, 10, 20, 0, 0, 0, TimeSpan.Zero) });

        var deadline = outcome.Lines[^1];
        Assert.Equal((ResultsReview.VotingClosed, (bool?)false), (deadline.Name, deadline.Passed));
        Assert.Matches(@"^config/election\.yml:\d+: timeline\.voting_closes: results can be published only after timeline\.voting_closes", deadline.Detail);
    }

    [Fact]
    public void Render_EveryCheck_OneLineWithItsOutcome()
    {
        var text = ResultsReview.Render(ResultsReview.Review(Input() with { Results = null }));

        Assert.Equal(5, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("- ❌ **files**: results/results.json: missing", text, StringComparison.Ordinal);
        Assert.Contains("- ⏭️ **recount**: not run: an earlier check failed\n", text, StringComparison.Ordinal);
        Assert.EndsWith("- ✅ **voting closed**: timeline.voting_closes (2026-10-26 12:00 UTC) has passed\n", text, StringComparison.Ordinal);
    }

    private static ResultsReviewInput Input() => new()
    {
        Election = ElectionSnapshotReader.Read(new ElectionSources
        {
            Config = SourceEntry.OfText(ElectionLayout.ConfigPath, SampleElection.Files[ElectionLayout.ConfigPath]),
            Roll = SourceEntry.OfText(ElectionLayout.RollPath, SampleElection.Files[ElectionLayout.RollPath]),
        }),
        Results = Results("results/ballots.blt", Digest),
        Sha256File = $"{Digest}  ballots.blt\n",
        Ballots = Ballots,
        Now = AfterVoting,
    };

    private static string Results(string ballotsFile, string sha256) =>
        $"{{\"format_version\": 1, \"ballots_file\": \"{ballotsFile}\", \"ballots_sha256\": \"{sha256}\", \"elected\": [{{\"place\": 1, \"name\": \"A\", \"login\": \"a\", \"term_years\": 2}}]}}";
}
