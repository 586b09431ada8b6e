using Elections.Core.Voters;
using Elections.Core.Voters.Team;

namespace Elections.Core.Tests.Voters.Team;

public sealed class TeamSyncPlannerTests
{
    private static readonly VoterRoll Roll = new()
    {
        File = "voters.json",
        Voters =
        [
            Voter(1, "ana"),
            Voter(2, "ben"),
            Voter(3, "cy"),
            Voter(4, "dee", VoterStatus.Waived),
            Voter(5, "eve", VoterStatus.NoEmail),
            Voter(6, "fay", VoterStatus.OptedOut),
        ],
    };

    private static Voter Voter(long id, string login, VoterStatus status = VoterStatus.Active) =>
        new() { Id = id, Login = login, Email = status == VoterStatus.NoEmail ? "" : $"{login}@example.org", Source = VoterSource.Automatic, Status = status };

    private static TeamState State(
        TeamAccount[]? members = null, PendingInvitation[]? pending = null, TeamAccount[]? organization = null, FailedInvitation[]? failed = null) => new()
    {
        Members = members ?? [],
        Pending = pending ?? [],
        OrganizationMembers = organization ?? [],
        Failed = failed ?? [],
    };

    private static TeamSyncPlan Plan(TeamState state, int cap = 50, long[]? officials = null) => TeamSyncPlanner.Plan(Roll, officials ?? [], state, cap);

    [Fact]
    public void Plan_EmptyTeam_InvitesEveryVoterWhoBelongsAddsOrganizationMembers()
    {
        var plan = Plan(State(organization: [new TeamAccount(2, "ben-renamed")]));

        Assert.Equal(
            [(TeamChangeKind.Add, 2L, "ben-renamed"), (TeamChangeKind.Invite, 1L, "ana"), (TeamChangeKind.Invite, 3L, "cy"), (TeamChangeKind.Invite, 5L, "eve")],
            plan.Changes.Select(change => (change.Kind, change.Id, change.Login)));
        Assert.Equal((4, 0, 0), (plan.Wanted, plan.Members, plan.Pending));
    }

    [Fact]
    public void Plan_MembersAndPendingInvitations_AreNotInvitedAgain()
    {
        var plan = Plan(State(
            members: [new TeamAccount(1, "ana"), new TeamAccount(2, "ben")],
            pending: [new PendingInvitation(900, "CY", null, true), new PendingInvitation(901, "eve-new-login", 5, true)]));

        Assert.Empty(plan.Changes);
        Assert.Equal((4, 2, 2), (plan.Wanted, plan.Members, plan.Pending));
    }

    [Fact]
    public void Plan_NonVotersAndStatusesOutsideTheTeam_RemovedAndInvitationsCancelledFirst()
    {
        var plan = Plan(State(
            members: [new TeamAccount(1, "ana"), new TeamAccount(4, "dee"), new TeamAccount(77, "stranger")],
            pending: [new PendingInvitation(902, "fay", null, true), new PendingInvitation(903, "other", 78, false)],
            organization: [new TeamAccount(2, "ben"), new TeamAccount(3, "cy"), new TeamAccount(5, "eve")]));

        Assert.Equal(
            [TeamChangeKind.CancelInvitation, TeamChangeKind.WithdrawFromInvitation, TeamChangeKind.Remove, TeamChangeKind.Remove, TeamChangeKind.Add, TeamChangeKind.Add, TeamChangeKind.Add],
            plan.Changes.Select(change => change.Kind));
        Assert.Equal(902, plan.Changes[0].InvitationId);
        Assert.Contains("\"opted-out\"", plan.Changes[0].Reason, StringComparison.Ordinal);
        Assert.Contains("\"waived\"", plan.Changes[2].Reason, StringComparison.Ordinal);
        Assert.Equal("not on the roll", plan.Changes[3].Reason);
    }

    [Fact]
    public void Plan_Official_NeverRemovedButNoted()
    {
        var plan = Plan(State(members: [new TeamAccount(1, "ana"), new TeamAccount(2, "ben"), new TeamAccount(3, "cy"), new TeamAccount(5, "eve"), new TeamAccount(99, "olivia-ec")]), officials: [99]);

        Assert.Empty(plan.Changes);
        Assert.Contains("olivia-ec", Assert.Single(plan.Notices), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ExpiredInvitation_ReinvitesCountingEarlierOnes()
    {
        var expired = new FailedInvitation("ana", new DateTimeOffset(2026, 9, 21, 12, 0, 0, TimeSpan.Zero));
        var plan = Plan(State(members: [new TeamAccount(2, "ben"), new TeamAccount(3, "cy"), new TeamAccount(5, "eve")], failed: [expired, expired with { Login = "ANA" }]));

        var change = Assert.Single(plan.Changes);
        Assert.Equal((TeamChangeKind.Reinvite, 1L, 2), (change.Kind, change.Id, change.EarlierInvitations));
    }

    [Fact]
    public void Plan_InvitationExpiredTooOften_NotInvitedButNoted()
    {
        var expired = new FailedInvitation("ana", DateTimeOffset.UnixEpoch);
        var plan = Plan(State(members: [new TeamAccount(2, "ben"), new TeamAccount(3, "cy"), new TeamAccount(5, "eve")], failed: [expired, expired, expired]));

        Assert.Empty(plan.Changes);
        Assert.Contains("@ana (1): 3 invitations expired", Assert.Single(plan.Notices), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_MoreChangesThanTheCap_RestDeferredRemovalsFirst()
    {
        var plan = Plan(State(members: [new TeamAccount(77, "stranger")]), cap: 2);

        Assert.Equal([TeamChangeKind.Remove, TeamChangeKind.Invite], plan.Changes.Select(change => change.Kind));
        Assert.Equal(3, plan.Deferred.Count);
        Assert.Equal(2, plan.Cap);
    }
}
