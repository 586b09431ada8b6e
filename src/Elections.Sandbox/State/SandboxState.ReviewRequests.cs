using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

/// <summary>Team review requests on a pull request (the GitHub announcement asks the voters team, then withdraws).</summary>
public sealed partial class SandboxState
{
    /// <summary>POST (<paramref name="add"/>) or DELETE pulls/{n}/requested_reviewers for teams of the owner's organization; people are not emulated (422).</summary>
    public JsonObject ChangeRequestedTeams(string owner, string name, int number, IReadOnlyList<string> reviewers, IReadOnlyList<string> teams, bool add)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number);
            var pull = issue?.Pull ?? throw SandboxApiException.NotFound();
            RequireMaintainer(repo, $"request reviews on #{number}");
            if (reviewers.Count > 0)
            {
                throw new SandboxApiException(422, "Only team review requests are emulated", "invalid", "reviewers", "PullRequest");
            }

            var org = _orgs.GetValueOrDefault(repo.Owner.Login);
            foreach (var slug in teams)
            {
                if (org is null || !org.Teams.TryGetValue(slug, out var team))
                {
                    throw new SandboxApiException(422, "Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the repository.", "invalid", "team_reviewers", "PullRequest");
                }

                if (add && !pull.RequestedTeams.Contains(team.Slug, StringComparer.Ordinal))
                {
                    pull.RequestedTeams.Add(team.Slug);
                }
                else if (!add)
                {
                    pull.RequestedTeams.Remove(team.Slug);
                }
            }

            issue!.UpdatedAt = Now;
            return PullJson(repo, issue);
        }
    }
}
