using Elections.Core.Candidates;
using Elections.Core.Status;
using Elections.Core.Tests.Configuration;
using Elections.Core.Timeline;
using Elections.Core.Voters;

namespace Elections.Core.Tests.Status;

public sealed class ElectionStatusTests
{
    private static readonly Elections.Core.Configuration.ElectionConfig Config = SampleConfig.Valid(SampleConfig.Text);

    private static Voter Voter(long id, VoterStatus status, string? email) => new()
    {
        Id = id,
        Login = $"voter{id}",
        Email = email ?? "",
        Status = status,
        Source = VoterSource.Automatic,
        Line = 1,
    };

    private static CandidateFile Nominee(string login, NominationState state) => new()
    {
        File = $"candidates/{login}.md",
        Login = login,
        Form = new CandidateForm(),
        State = state,
    };

    private static readonly VoterRoll Roll = new()
    {
        File = "voters.json",
        Voters =
        [
            Voter(1, VoterStatus.Active, "a@example.org"),
            Voter(2, VoterStatus.Active, "b@example.org"),
            Voter(3, VoterStatus.NoEmail, null),
            Voter(4, VoterStatus.Waived, null),
        ],
    };

    private static readonly CandidateFile[] Nominees =
    [
        Nominee("voter1", NominationState.FormComplete),
        Nominee("voter2", NominationState.Nominated),
    ];

    [Fact]
    public void Of_DuringVoting_ReportsPhaseAndOnlyDeadlinesAhead()
    {
        var status = ElectionStatus.Of(Config, Roll, Nominees, new DateTimeOffset(2026, 10, 10, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(ElectionPhase.Voting, status.Phase);
        Assert.Equal(["voting_closes", "results"], status.NextDeadlines.Select(entry => entry.Key));
    }

    [Fact]
    public void Of_Roll_CountsEveryStatusIncludingZeros()
    {
        var status = ElectionStatus.Of(Config, Roll, Nominees, Config.Timeline.Kickoff.Instant);

        Assert.Equal(Enum.GetValues<VoterStatus>().Length, status.VotersByStatus.Count);
        Assert.Equal(2, status.VotersByStatus[VoterStatus.Active]);
        Assert.Equal(0, status.VotersByStatus[VoterStatus.Bounced]);
        Assert.Equal(2, status.CanVote);
        Assert.Equal(3, status.InVotersTeam);
    }

    [Fact]
    public void Of_Nominees_CandidatesAreThoseWithACompleteForm()
    {
        var status = ElectionStatus.Of(Config, Roll, Nominees, Config.Timeline.Kickoff.Instant);

        Assert.Equal(2, status.Nominees);
        Assert.Equal(1, status.Candidates);
        Assert.Equal(ElectionPhase.Nominations, status.Phase);
    }
}
