using Elections.Core.Snapshots;
using Elections.Core.Tests.Snapshots;
using Elections.Core.Voters;
using Elections.Core.Voters.Edits;

namespace Elections.Core.Tests.Voters.Edits;

public sealed class RollEditorTests
{
    private static readonly DateOnly Day = new(2026, 9, 20);

    private static VoterRoll Sample => VoterRollParser.Parse(ElectionLayout.RollPath, SampleElection.RollText).Roll;

    private static RollEdit Edit(RollChangeKind kind, string target = "", long? newId = null, string proof = "") =>
        new() { Kind = kind, Target = target, NewId = newId, NewLogin = newId is null ? "" : "new-login", Reason = "Committee decision", By = "olivia-ec", Proof = proof, At = Day };

    private static RollEditResult Apply(RollEdit edit)
    {
        Assert.True(RollEditor.TryApply(Sample, edit, out var result, out var problems), string.Join("\n", problems));
        var written = VoterRollWriter.Write(result.Voters, result.Audit);
        var check = RollCheck.Check(ElectionLayout.RollPath, written, [], "config");
        Assert.Empty(check.Problems);
        Assert.Equal(result.Audit.Count, check.Roll.Audit.Count);
        return result;
    }

    [Fact]
    public void TryApply_Exception_AddsExceptionVoterInIdOrderWithAuditLine()
    {
        var result = Apply(Edit(RollChangeKind.Exception, newId: 1000045) with { Email = "new@example.org" });

        var added = result.Voters.Single(voter => voter.Id == 1000045);
        Assert.Equal((VoterStatus.Active, VoterSourceKind.Exception, "Committee decision"), (added.Status, added.Source.Kind, added.Source.Reason));
        Assert.Equal(1000044, result.Voters[result.Voters.ToList().IndexOf(added) - 1].Id);
        var audit = Assert.Single(result.Audit);
        Assert.Equal((RollChangeKind.Exception, 1000045L, "olivia-ec", Day), (audit.Action, audit.Id!.Value, audit.By, audit.At));
        Assert.StartsWith("voters.json: exception for @new-login (1000045)\n\nReason: Committee decision\nDecided by: @olivia-ec\n", result.CommitMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TryApply_ExceptionWithoutEmail_AddedAsNoEmail()
    {
        var result = Apply(Edit(RollChangeKind.Exception, newId: 1000046));

        Assert.Equal(VoterStatus.NoEmail, result.Changed.Status);
    }

    [Fact]
    public void TryApply_ExceptionForSomeoneOnTheRoll_RefusedNamingTheirLine()
    {
        Assert.False(RollEditor.TryApply(Sample, Edit(RollChangeKind.Exception, newId: 1000001), out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal((5, "voters[0].id"), (problem.Line, problem.Field));
        Assert.Contains("already on the roll", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RollChangeKind.Waiver, "AMARA-OKAFOR", VoterStatus.Waived)]
    [InlineData(RollChangeKind.OptOut, "1000001", VoterStatus.OptedOut)]
    [InlineData(RollChangeKind.Revocation, "@amara-okafor", VoterStatus.AccessRevoked)]
    public void TryApply_StatusChange_SetsStatusNoteAndAudit(RollChangeKind kind, string target, VoterStatus status)
    {
        var result = Apply(Edit(kind, target));

        Assert.Equal((1000001L, status), (result.Changed.Id!.Value, result.Changed.Status));
        Assert.Contains("2026-09-20: Committee decision", result.Changed.Note, StringComparison.Ordinal);
        Assert.Equal(kind, Assert.Single(result.Audit).Action);
        Assert.Equal(Sample.Voters.Count, result.Voters.Count);
    }

    [Theory]
    [InlineData(RollChangeKind.Waiver, "rafael-mendes", "already waived")]
    [InlineData(RollChangeKind.OptOut, "mateo-fernandez", "only active voters")]
    [InlineData(RollChangeKind.Revocation, "sofia-berg", "already revoked")]
    [InlineData(RollChangeKind.Revocation, "tariq-hassan", "no access to revoke")]
    [InlineData(RollChangeKind.Waiver, "nobody-here", "is not on voters.json")]
    public void TryApply_ChangeThatMakesNoSense_Refused(RollChangeKind kind, string target, string message)
    {
        Assert.False(RollEditor.TryApply(Sample, Edit(kind, target), out _, out var problems));

        Assert.Contains(message, Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryApply_EmptyReason_Refused()
    {
        Assert.False(RollEditor.TryApply(Sample, Edit(RollChangeKind.Waiver, "amara-okafor") with { Reason = " " }, out _, out var problems));

        Assert.Equal("--reason", Assert.Single(problems).Field);
    }

    [Fact]
    public void TryApply_AccountMove_NewIdAndLoginPreviousIdAudited()
    {
        var result = Apply(Edit(RollChangeKind.AccountMove, "chen-wei", 2000003, "https://github.com/examplecoop/sc-election-2026/issues/5"));

        Assert.Equal((2000003L, "new-login", "chen.wei@example.org"), (result.Changed.Id!.Value, result.Changed.Login, result.Changed.Email));
        Assert.DoesNotContain(result.Voters, voter => voter.Id == 1000003);
        var audit = Assert.Single(result.Audit);
        Assert.Equal((1000003L, "https://github.com/examplecoop/sc-election-2026/issues/5"), (audit.PreviousId!.Value, audit.Proof));
    }

    [Fact]
    public void TryApply_AccountMoveOfDeletedAccount_BecomesActive()
    {
        var result = Apply(Edit(RollChangeKind.AccountMove, "tariq-hassan", 2000044, "https://example.org/proof"));

        Assert.Equal((VoterStatus.Active, ""), (result.Changed.Status, result.Changed.Note));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a link")]
    [InlineData("ftp://example.org/x")]
    public void TryApply_AccountMoveWithoutWebProof_Refused(string proof)
    {
        Assert.False(RollEditor.TryApply(Sample, Edit(RollChangeKind.AccountMove, "chen-wei", 2000003, proof), out _, out var problems));

        Assert.Equal("--proof", Assert.Single(problems).Field);
    }

    [Fact]
    public void TryApply_AccountMoveToSameId_Refused()
    {
        Assert.False(RollEditor.TryApply(Sample, Edit(RollChangeKind.AccountMove, "chen-wei", 1000003, "https://example.org/p"), out _, out var problems));

        Assert.Contains("already has id 1000003", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryApply_SecondEdit_KeepsEarlierAuditLinesFirst()
    {
        var first = Apply(Edit(RollChangeKind.Waiver, "amara-okafor"));
        var roll = VoterRollParser.Parse("voters.json", VoterRollWriter.Write(first.Voters, first.Audit)).Roll;

        Assert.True(RollEditor.TryApply(roll, Edit(RollChangeKind.OptOut, "chen-wei"), out var second, out _));

        Assert.Equal([RollChangeKind.Waiver, RollChangeKind.OptOut], second.Audit.Select(entry => entry.Action));
    }
}
