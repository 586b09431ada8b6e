namespace Elections.App.Ports.GitHub;

/// <summary>
/// The GitHub port: everything the election needs from GitHub, split by concern. One instance
/// acts for one installation (or one Actions token) and tags its calls with one delivery id.
/// Obtain it from <see cref="IGitHubFactory"/>.
/// </summary>
public interface IGitHub
{
    /// <summary>Users by numeric id and by login.</summary>
    IGitHubUsers Users { get; }

    /// <summary>Organization membership, invitations and blocks.</summary>
    IGitHubOrganizations Organizations { get; }

    /// <summary>Teams and team memberships.</summary>
    IGitHubTeams Teams { get; }

    /// <summary>Pull requests, their changed files, reviews and merges.</summary>
    IGitHubPullRequests PullRequests { get; }

    /// <summary>Issues and issue (or pull request) comments.</summary>
    IGitHubIssues Issues { get; }

    /// <summary>Labels on a repository and on issues or pull requests.</summary>
    IGitHubLabels Labels { get; }

    /// <summary>Repositories and their files.</summary>
    IGitHubContents Contents { get; }

    /// <summary>Check runs on commits.</summary>
    IGitHubChecks Checks { get; }

    /// <summary>Issue search and contribution data (GraphQL).</summary>
    IGitHubSearch Search { get; }
}
