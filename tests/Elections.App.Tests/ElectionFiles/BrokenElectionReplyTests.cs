using Elections.App.ElectionFiles;
using Elections.Core.Snapshots;
using Elections.Core.Validation;

namespace Elections.App.Tests.ElectionFiles;

public sealed class BrokenElectionReplyTests
{
    private static readonly Problem Missing = new(ElectionLayout.ConfigPath, 0, "", "file not found");

    private static ElectionSnapshot Snapshot(int misplaced) => ElectionSnapshotReader.Read(new ElectionSources
    {
        Config = SourceEntry.Unreadable(ElectionLayout.ConfigPath, [Missing]),
        Roll = SourceEntry.OfText(ElectionLayout.RollPath, """{"format": "elections/voters", "version": 1, "voters": []}"""),
        Candidates = [.. Enumerable.Range(0, misplaced).Select(i => SourceEntry.Listed($"candidates/note{i:D3}.txt"))],
    });

    [Fact]
    public void For_BrokenSnapshot_KeyPerRepositoryRevisionAndIssueBodyQuotesValidate()
    {
        var snapshot = Snapshot(misplaced: 1);

        var comment = BrokenElectionReply.For("nixos/election", "0123456789abcdef0123", 12, snapshot);

        Assert.Equal("election-broken:nixos/election:0123456789abcdef0123:12", comment.IdempotencyKey);
        Assert.Equal(("nixos/election", 12), (comment.Repository, comment.IssueNumber));
        Assert.Contains("`0123456789ab`", comment.Body, StringComparison.Ordinal);
        Assert.Contains("```text\n" + string.Join("\n", ElectionReport.Lines(snapshot)) + "\n```", comment.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_MoreProblemsThanTheLimit_QuotesTheFirstAndCountsTheRest()
    {
        var snapshot = Snapshot(misplaced: BrokenElectionReply.MaxLines + 10);

        var body = BrokenElectionReply.Body("abc", snapshot);

        Assert.Contains(Missing.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain("candidates/note059.txt", body, StringComparison.Ordinal);
        Assert.Contains("... and 11 more\n", body, StringComparison.Ordinal);
        Assert.Contains(ElectionReport.Summary(snapshot), body, StringComparison.Ordinal);
    }
}
