using Elections.App.Ports.GitHub;

namespace Elections.Infrastructure.GitHub.Adapters;

/// <summary>The Octokit implementation of <see cref="IGitHub"/> for one installation and delivery.</summary>
internal sealed class OctokitGitHub(GitHubCalls calls) : IGitHub
{
    public IGitHubUsers Users { get; } = new OctokitUsers(calls);

    public IGitHubOrganizations Organizations { get; } = new OctokitOrganizations(calls);

    public IGitHubTeams Teams { get; } = new OctokitTeams(calls);

    public IGitHubPullRequests PullRequests { get; } = new OctokitPullRequests(calls);

    public IGitHubIssues Issues { get; } = new OctokitIssues(calls);

    public IGitHubLabels Labels { get; } = new OctokitLabels(calls);

    public IGitHubContents Contents { get; } = new OctokitContents(calls);

    public IGitHubChecks Checks { get; } = new OctokitChecks(calls);

    public IGitHubSearch Search { get; } = new OctokitSearch(calls);
}
