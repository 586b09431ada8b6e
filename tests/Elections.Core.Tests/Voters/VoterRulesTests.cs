using Elections.Core.Voters;

namespace Elections.Core.Tests.Voters;

public sealed class VoterRulesTests
{
    [Theory]
    [InlineData(VoterStatus.Active, true, true, true)]
    [InlineData(VoterStatus.NoEmail, false, false, true)]
    [InlineData(VoterStatus.Bounced, true, false, true)]
    [InlineData(VoterStatus.Waived, false, false, false)]
    [InlineData(VoterStatus.AccessRevoked, true, true, false)]
    [InlineData(VoterStatus.AccountDeleted, true, true, false)]
    public void CanVoteAndBelongsInTeam_EachStatus_FollowTheDocumentedTable(VoterStatus status, bool hasEmail, bool canVote, bool inTeam)
    {
        var voter = new Voter { Id = 1, Login = "a", Email = hasEmail ? "a@example.org" : "", Source = VoterSource.Automatic, Status = status };

        Assert.Equal(canVote, VoterRules.CanVote(voter));
        Assert.Equal(inTeam, VoterRules.BelongsInTeam(voter));
    }

    [Fact]
    public void BelongsInTeam_NoId_False()
    {
        var voter = new Voter { Login = "a", Email = "a@example.org", Source = VoterSource.Automatic, Status = VoterStatus.Active };

        Assert.False(VoterRules.BelongsInTeam(voter));
    }

    [Theory]
    [InlineData(VoterStatus.Active, true)]
    [InlineData(VoterStatus.Bounced, false)]
    [InlineData(VoterStatus.AccessRevoked, false)]
    [InlineData(VoterStatus.AccountDeleted, false)]
    public void CanBeCandidate_OnlyActive(VoterStatus status, bool expected)
    {
        var voter = new Voter { Id = 1, Login = "a", Email = "a@example.org", Source = VoterSource.Automatic, Status = status };

        Assert.Equal(expected, VoterRules.CanBeCandidate(voter));
    }

    [Fact]
    public void TryParseStatus_EverySpelling_RoundTrips()
    {
        foreach (var text in VoterRules.StatusTexts)
        {
            Assert.True(VoterRules.TryParseStatus(text, out var status));
            Assert.Equal(text, VoterRules.ToText(status));
        }

        Assert.False(VoterRules.TryParseStatus("Active", out _));
    }
}
