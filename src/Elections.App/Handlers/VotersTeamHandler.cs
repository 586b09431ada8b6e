using Elections.App.Configuration;
using Elections.App.Plans;
using Elections.App.Voters;
using Microsoft.Extensions.Options;
using Octokit.Webhooks.Events;

namespace Elections.App.Handlers;

/// <summary>
/// A push to the default branch (any change to the roll lands there) syncs the voters team with the roll
/// (nixos-anchor §3.8, appendix A6): invite or add voters, remove non-voters and their pending invitations,
/// invite again after an invitation expired, at most <c>ELECTIONS_TEAM_SYNC_MAX</c> changes per push. Pushes
/// to other branches and branch deletions are ignored.
/// </summary>
public sealed class VotersTeamHandler(VotersTeamSync sync, IOptions<ElectionsOptions> options) : WebhookHandler<PushEvent>
{
    public override string Feature => VotersTeamSync.Feature;

    public override IReadOnlyList<Route> Routes { get; } = [Route.Parse("push")];

    public override bool RequiresElection => true;

    protected override bool Applies(PushEvent payload) =>
        payload is { Deleted: false, Repository.DefaultBranch: { Length: > 0 } branch } && payload.Ref == $"refs/heads/{branch}";

    protected override async ValueTask<Plan> PlanAsync(PushEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        if (!Applies(payload))
        {
            return Plan.Skip($"{payload.Ref} is not the default branch");
        }

        if (context.Election is not { } election || !election.TryGetConfig(out var config))
        {
            return Plan.Skip("no election was read for this repository");
        }

        var run = await sync.PlanAsync(context.GitHubCall, config, election.Roll, payload.After, options.Value.TeamSyncMax, cancellationToken).ConfigureAwait(false);
        return run.Plan is null ? Plan.Skip(run.Problem) : new Plan { Effects = run.Effects, Notes = run.Notes };
    }
}
