using Elections.Core.Snapshots;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Snapshots;

public sealed class ElectionReportTests
{
    [Fact]
    public void Lines_ValidSample_OnlyTheSummarySayingValid()
    {
        var snapshot = ElectionSnapshotReader.Read(SampleElection.Sources);

        var line = Assert.Single(ElectionReport.Lines(snapshot));

        Assert.Equal(
            $"config/election.yml, voters.json ({snapshot.Roll.Voters.Count} voters), candidates/ ({snapshot.Candidates.Count} nominees): valid",
            line);
    }

    [Fact]
    public void Lines_OneProblem_ProblemLineThenSingularCount()
    {
        var missing = new Problem(ElectionLayout.RollPath, 0, "", "file not found");
        var snapshot = ElectionSnapshotReader.Read(SampleElection.Sources with { Roll = SourceEntry.Unreadable(ElectionLayout.RollPath, [missing]) });

        var lines = ElectionReport.Lines(snapshot);

        Assert.Equal("voters.json: file not found", lines[0]);
        Assert.EndsWith("(0 voters), candidates/ (" + snapshot.Candidates.Count + " nominees): 1 problem", lines[1], StringComparison.Ordinal);
    }
}
