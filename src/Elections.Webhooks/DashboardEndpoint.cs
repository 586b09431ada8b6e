using System.Text;
using Elections.App.Candidacy;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.App.Presentation.Dashboard;
using Elections.App.Voting;
using Elections.Core.Candidacy;
using Elections.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Elections.Webhooks;

/// <summary>
/// <c>GET /elections/{owner}/{repo}</c>: the election dashboard (docs/dashboard.md) of a repository the bot serves, read
/// from GitHub at each request: the election files on the default branch, the open nomination pull requests and, once
/// merged, the elected of <c>results/results.json</c>; <c>GET /elections/{owner}/{repo}/results</c> serves the merged
/// <c>results/report.html</c>. With a GitHub App it needs a delivery from that repository first (to know its
/// installation); with a fixed token it reads any.
/// </summary>
internal static class DashboardEndpoint
{
    public const string Pattern = "/elections/{owner}/{repo}";

    /// <summary>The results report, relative to the dashboard.</summary>
    public const string ResultsPage = "results";

    public static void Map(WebApplication app)
    {
        app.MapGet(Pattern, RenderAsync);
        app.MapGet($"{Pattern}/{ResultsPage}", ReportAsync);
    }

    private static async Task<IResult> ReportAsync(string owner, string repo, RepositoryInstallations installations, IGitHubFactory gitHub, IOptions<ElectionsOptions> options, CancellationToken cancellationToken)
    {
        if (Call(owner, repo, installations, options) is not { } target)
        {
            return Results.NotFound();
        }

        var (repository, call) = target;
        var report = await DefaultBranchFileAsync(gitHub.Create(call), repository, $"{VotingFiles.ResultsFolder}/report.html", cancellationToken).ConfigureAwait(false);
        return report is null
            ? Results.Text($"{repository.FullName} has no {VotingFiles.ResultsFolder}/report.html on its default branch yet.", "text/plain", statusCode: StatusCodes.Status404NotFound)
            : Results.Content(report, "text/html; charset=utf-8");
    }

    /// <summary>The repository and the call to read it with; null when the name is not OWNER/REPO or the bot cannot read it yet.</summary>
    private static (RepositoryRef Repository, GitHubCallContext Call)? Call(string owner, string repo, RepositoryInstallations installations, IOptions<ElectionsOptions> options)
    {
        if (!RepositoryRef.TryParse($"{owner}/{repo}", out var repository))
        {
            return null;
        }

        long? installation = installations.TryGet(repository.FullName, out var id) ? id : null;
        return installation is null && options.Value.Token.Length == 0
            ? null
            : (repository, new GitHubCallContext { InstallationId = installation, DeliveryId = $"dashboard-{Guid.NewGuid():N}" });
    }

    /// <summary>A text file on the repository's default branch; null when absent.</summary>
    private static async Task<string?> DefaultBranchFileAsync(IGitHub client, RepositoryRef repository, string path, CancellationToken cancellationToken)
    {
        var found = await client.Contents.GetRepositoryAsync(repository, cancellationToken).ConfigureAwait(false);
        return found.Value is { } repositoryInfo && (await client.Contents.GetFileAsync(repository, path, repositoryInfo.DefaultBranch, cancellationToken).ConfigureAwait(false)).Value is { } file
            ? Encoding.UTF8.GetString(file.Content.Span)
            : null;
    }

    private static async Task<IResult> RenderAsync(
        string owner,
        string repo,
        RepositoryInstallations installations,
        IElectionFiles files,
        IGitHubFactory gitHub,
        IConflictGroups conflictGroups,
        IOptions<ElectionsOptions> options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!RepositoryRef.TryParse($"{owner}/{repo}", out _))
        {
            return Results.NotFound();
        }

        if (Call(owner, repo, installations, options) is not { } target)
        {
            return Results.Text($"No delivery from {owner}/{repo} has reached the bot yet, so it cannot read that repository.", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        var (repository, call) = target;
        var read = await files.ReadAsync(repository, call, cancellationToken).ConfigureAwait(false);
        if (!read.TryGetSources(out var sources))
        {
            return Results.Text($"{repository.FullName} holds no {ElectionLayout.ConfigPath} on its default branch.", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        var snapshot = ElectionSnapshotReader.Read(sources);
        if (!snapshot.TryGetConfig(out var config))
        {
            return Results.Text($"The election files have problems:\n{string.Join("\n", snapshot.Problems)}", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var groups = await conflictGroups.ReadAsync(repository.FullName, cancellationToken).ConfigureAwait(false);
        var election = new CandidacyElection { Config = config, Roll = snapshot.Roll, Candidates = snapshot.Candidates, ConflictGroups = groups };
        var client = gitHub.Create(call);
        var nominees = await CandidatesStatus.FromGitHubAsync(client, repository, election, cancellationToken).ConfigureAwait(false);
        var elected = ResultsJson.Elected(await DefaultBranchFileAsync(client, repository, ResultsJson.Path, cancellationToken).ConfigureAwait(false) ?? "");
        var page = DashboardPage.Render(new DashboardModel
        {
            Config = config,
            Roll = snapshot.Roll,
            Nominees = nominees,
            Now = clock.GetUtcNow(),
            RepositoryUrl = $"https://github.com/{repository.FullName}",
            Elected = elected,
            ResultsHref = elected.Count > 0 ? $"{repository.Name}/{ResultsPage}" : "",
        });
        return Results.Content(page, "text/html; charset=utf-8");
    }
}
