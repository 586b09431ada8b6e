using Elections.App.Plans;
using Elections.Core.Voters.Team;

namespace Elections.App.Effects;

/// <summary>One change to the voters team: invite, add, remove or cancel an invitation (docs/voters.md "The voters team").</summary>
public sealed record TeamChangeEffect : Effect
{
    /// <summary>The organization login.</summary>
    public required string Organization { get; init; }

    /// <summary>The team's slug.</summary>
    public required string TeamSlug { get; init; }

    /// <summary>The team's numeric id (organization invitations name teams by id).</summary>
    public required long TeamId { get; init; }

    /// <summary>What to do, for whom, and why.</summary>
    public required TeamChange Change { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"{Verb(Change.Kind)} {Change.Label} ({Organization}/{TeamSlug}): {Change.Reason}";

    /// <summary>The change as a verb, for reports.</summary>
    public static string Verb(TeamChangeKind kind) => kind switch
    {
        TeamChangeKind.CancelInvitation => "cancel the invitation of",
        TeamChangeKind.WithdrawFromInvitation => "take the team out of the invitation of",
        TeamChangeKind.Remove => "remove",
        TeamChangeKind.Add => "add",
        TeamChangeKind.Invite => "invite",
        _ => "invite again",
    };
}
