using Elections.Core.Candidates;
using Elections.Core.Snapshots;
using Elections.Core.Tests.Configuration;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Snapshots;

public sealed class ElectionSnapshotReaderTests
{
    private static readonly Problem Missing = new(ElectionLayout.RollPath, 0, "", "file not found");

    [Fact]
    public void Read_SampleTexts_ValidWithConfigRollAndEveryNominee()
    {
        var snapshot = ElectionSnapshotReader.Read(SampleElection.Sources);

        Assert.Empty(snapshot.Problems.Select(p => p.ToString()));
        Assert.True(snapshot.TryGetConfig(out var config));
        Assert.Equal(7, config.Seats);
        Assert.True(snapshot.Roll.Voters.Count >= 40);
        Assert.Equal(SampleElection.Candidates.Count, snapshot.Candidates.Count);
        Assert.Equal(snapshot.Candidates.Select(c => c.File).Order(StringComparer.Ordinal), snapshot.Candidates.Select(c => c.File));
    }

    [Fact]
    public void Read_BrokenConfigAndOfficialNominated_ConfigProblemFirstThenCandidate()
    {
        var sources = SampleElection.Sources with
        {
            Config = SourceEntry.OfText(ElectionLayout.ConfigPath, SampleConfig.With("seats: 7", "seats: 0")),
            Candidates = [SourceEntry.OfText("candidates/omar-ec.md", "")],
        };

        var snapshot = ElectionSnapshotReader.Read(sources);

        Assert.False(snapshot.TryGetConfig(out _));
        Assert.Equal([ElectionLayout.ConfigPath, "candidates/omar-ec.md"], snapshot.Problems.Select(p => p.File));
        Assert.Equal("seats", snapshot.Problems[0].Field);
        Assert.Contains("official", snapshot.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnreadableRoll_OnlyTheReadProblemNoCrossChecksNoNotAVoter()
    {
        var sources = SampleElection.Sources with { Roll = SourceEntry.Unreadable(ElectionLayout.RollPath, [Missing]) };

        var snapshot = ElectionSnapshotReader.Read(sources);

        Assert.Equal([Missing], snapshot.Problems);
        Assert.True(snapshot.TryGetConfig(out _));
        Assert.Empty(snapshot.Roll.Voters);
    }

    [Fact]
    public void Read_CandidateEntriesOfEveryKind_MisplacedAndUnreadableInPathOrderDotFilesSkipped()
    {
        var unreadable = new Problem("candidates/big.md", 0, "", "file is over the limit");
        var sources = SampleElection.Sources with
        {
            Candidates =
            [
                SourceEntry.Listed("candidates/notes.txt"),
                SourceEntry.OfText("candidates/amara-okafor.md", ""),
                SourceEntry.Unreadable("candidates/big.md", [unreadable]),
                SourceEntry.Listed("candidates/.gitkeep"),
                SourceEntry.OfText("candidates/readme.txt", "hello"),
                SourceEntry.Listed("candidates/archive"),
            ],
        };

        var snapshot = ElectionSnapshotReader.Read(sources);

        Assert.Equal(["candidates/archive", "candidates/big.md", "candidates/notes.txt", "candidates/readme.txt"], snapshot.Problems.Select(p => p.File));
        Assert.Equal(unreadable, snapshot.Problems[1]);
        Assert.Contains("<login>.md", snapshot.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(NominationState.Nominated, Assert.Single(snapshot.Candidates).State);
    }

    [Fact]
    public void Read_ConfigPathIsAFolder_OneProblemNamingIt()
    {
        var sources = SampleElection.Sources with { Config = SourceEntry.Listed(ElectionLayout.ConfigPath) };

        var snapshot = ElectionSnapshotReader.Read(sources);

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal((ElectionLayout.ConfigPath, "is a folder, not a file; put the file at this path"), (problem.File, problem.Message));
    }

    [Fact]
    public void Read_MinimumAboveRollSize_CrossCheckProblemsAtTheConfig()
    {
        var sources = SampleElection.Sources with
        {
            Roll = SourceEntry.OfText(ElectionLayout.RollPath, Voters.RollText.Of(Voters.RollText.Active(1000001, "amara-okafor", "amara@example.org"))),
            Candidates = [],
        };

        var snapshot = ElectionSnapshotReader.Read(sources);

        Assert.Equal(["endorsements.min_endorsers", "endorsements.min_independent"], snapshot.Problems.Select(p => p.Field));
        Assert.All(snapshot.Problems, p => Assert.Equal(ElectionLayout.ConfigPath, p.File));
    }
}
