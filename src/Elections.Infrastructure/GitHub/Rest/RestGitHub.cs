using Elections.App.Ports.GitHub;
using Microsoft.Extensions.Logging;

namespace Elections.Infrastructure.GitHub.Rest;

/// <summary>The REST implementation of <see cref="IGitHub"/> for one installation and delivery.</summary>
internal sealed class RestGitHub : IGitHub
{
    public RestGitHub(GitHubRestContext rest, ILogger logger)
    {
        Users = new RestUsers(rest);
        Organizations = new RestOrganizations(rest);
        Teams = new RestTeams(rest);
        PullRequests = new RestPullRequests(rest);
        Issues = new RestIssues(rest, logger);
        Labels = new RestLabels(rest);
        Contents = new RestContents(rest);
        Checks = new RestChecks(rest);
        Search = new RestSearch(rest);
    }

    public IGitHubUsers Users { get; }

    public IGitHubOrganizations Organizations { get; }

    public IGitHubTeams Teams { get; }

    public IGitHubPullRequests PullRequests { get; }

    public IGitHubIssues Issues { get; }

    public IGitHubLabels Labels { get; }

    public IGitHubContents Contents { get; }

    public IGitHubChecks Checks { get; }

    public IGitHubSearch Search { get; }
}
