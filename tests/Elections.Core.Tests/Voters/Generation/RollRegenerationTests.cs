using Elections.Core.Voters;
using Elections.Core.Voters.Generation;

namespace Elections.Core.Tests.Voters.Generation;

public sealed class RollRegenerationTests
{
    private static Contributor Eligible(long id, string login) =>
        new() { Id = id, Login = login, Commits = 30, Merges = 0, Authored = [], Merged = [], Eligible = true };

    private static IEnumerable<EmailCandidate> None(long id) => [];

    [Fact]
    public void Regenerate_KeepsExceptionsWaiversRecordsAndEmailChoices_RemovesOnlyIneligibleAutomatic()
    {
        Voter[] existing =
        [
            new() { Id = 1, Login = "kept", Email = "chosen@example.org", EmailSource = "pull-request", Source = VoterSource.Automatic, Status = VoterStatus.Active },
            new() { Id = 2, Login = "gone", Email = "gone@example.org", Source = VoterSource.Automatic, Status = VoterStatus.Active },
            new() { Id = 3, Login = "helper", Email = "helper@example.org", Source = VoterSource.Exception("runs meetups"), Status = VoterStatus.Active },
            new() { Id = 4, Login = "declined", Source = VoterSource.Automatic, Status = VoterStatus.Waived },
            new() { Id = 5, Login = "banned-repo", Email = "r@example.org", Source = VoterSource.Automatic, Status = VoterStatus.AccessRevoked, Note = "2024" },
            new() { Login = "deleted", Email = "d@example.org", Source = VoterSource.Automatic, Status = VoterStatus.AccountDeleted },
        ];

        var result = RollRegeneration.Regenerate(existing, [Eligible(1, "kept-renamed"), Eligible(4, "declined"), Eligible(9, "newcomer")], None, []);

        Assert.Equal([1, 3, 4, 5, 9, null], result.Voters.Select(v => v.Id));
        var kept = result.Voters[0];
        Assert.Equal(("kept-renamed", "chosen@example.org", "pull-request"), (kept.Login, kept.Email, kept.EmailSource));
        Assert.Equal(VoterStatus.Waived, result.Voters[2].Status);
        Assert.Equal(VoterSourceKind.Exception, result.Voters[1].Source.Kind);
        Assert.Equal(
            ["~ @kept-renamed (1): login kept → kept-renamed", "- @gone (2): no longer eligible by contributions in the window", "+ @newcomer (9): 30 commit(s) in merged pull requests, 0 merge(s); no e-mail found"],
            result.Changes.Select(c => c.ToString()));
        Assert.Equal(VoterStatus.NoEmail, result.Voters[4].Status);
    }

    [Fact]
    public void NeedingAddress_NewcomersAndNoEmailVoters_NotThoseWithAnAddressOrAStatus()
    {
        Voter[] existing =
        [
            new() { Id = 1, Login = "has-one", Email = "a@example.org", Source = VoterSource.Automatic, Status = VoterStatus.Active },
            new() { Id = 2, Login = "no-email", Source = VoterSource.Automatic, Status = VoterStatus.NoEmail },
            new() { Id = 3, Login = "declined", Source = VoterSource.Automatic, Status = VoterStatus.Waived },
        ];

        var needing = RollRegeneration.NeedingAddress(existing, [Eligible(9, "newcomer"), Eligible(3, "declined"), Eligible(2, "no-email"), Eligible(1, "has-one")]);

        Assert.Equal([2L, 9L], needing.Select(c => c.Id));
    }

    [Fact]
    public void Regenerate_EmailsFollowTheOrder_SkippingNoreplyTakenSuppressedAndBounced()
    {
        Voter[] existing =
        [
            new() { Id = 1, Login = "a", Email = "taken@example.org", Source = VoterSource.Automatic, Status = VoterStatus.Active },
            new() { Id = 2, Login = "b", Email = "bounced@example.org", Source = VoterSource.Automatic, Status = VoterStatus.Bounced, Note = "bounced" },
            new() { Id = 3, Login = "c", Source = VoterSource.Automatic, Status = VoterStatus.NoEmail },
        ];
        Dictionary<long, EmailCandidate[]> offered = new()
        {
            [3] = [new("previous_roll", "c@users.noreply.github.com"), new("maintainers", "c@example.org")],
            [7] = [new("previous_roll", "TAKEN@example.org"), new("previous_roll", "bounced@example.org"), new("maintainers", "quiet@example.org"), new("maintainers", "seven@example.org")],
            [8] = [new("maintainers", "not an address")],
        };

        var result = RollRegeneration.Regenerate(
            existing,
            [Eligible(1, "a"), Eligible(2, "b"), Eligible(3, "c"), Eligible(7, "g"), Eligible(8, "h")],
            id => offered.GetValueOrDefault(id, []),
            ["Quiet@example.org"]);

        var c = result.Voters.Single(v => v.Id == 3);
        Assert.Equal(("c@example.org", "maintainers", VoterStatus.Active), (c.Email, c.EmailSource, c.Status));
        var g = result.Voters.Single(v => v.Id == 7);
        Assert.Equal(("seven@example.org", "maintainers"), (g.Email, g.EmailSource));
        Assert.Equal(VoterStatus.NoEmail, result.Voters.Single(v => v.Id == 8).Status);
        Assert.Equal("bounced@example.org", result.Voters.Single(v => v.Id == 2).Email);
    }

    [Fact]
    public void Regenerate_TwoNewVotersOfferedOneAddress_OnlyTheFirstGetsIt()
    {
        var result = RollRegeneration.Regenerate([], [Eligible(5, "x"), Eligible(6, "y")], _ => [new EmailCandidate("maintainers", "shared@example.org")], []);

        Assert.Equal(["shared@example.org", ""], result.Voters.Select(v => v.Email));
    }

    [Fact]
    public void EmailSource_RoundTripsThroughTheRollFormat()
    {
        Voter[] voters = [new() { Id = 1, Login = "a", Email = "a@example.org", EmailSource = "maintainers", Source = VoterSource.Automatic, Status = VoterStatus.Active }];

        var parsed = VoterRollParser.Parse("voters.json", VoterRollWriter.Write(voters));

        Assert.Empty(parsed.Problems);
        Assert.Equal("maintainers", parsed.Roll.Voters[0].EmailSource);
    }
}
