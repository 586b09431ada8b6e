using Elections.App.Candidacy;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.App.Presentation.Dashboard;
using Elections.Core.Candidacy;
using Elections.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Elections.Webhooks;

/// <summary>
/// <c>GET /elections/{owner}/{repo}</c>: the election dashboard (docs/dashboard.md) of a repository the bot serves, read
/// from GitHub at each request: the election files on the default branch and the open nomination pull requests. With a
/// GitHub App it needs a delivery from that repository first (to know its installation); with a fixed token it reads any.
/// </summary>
internal static class DashboardEndpoint
{
    public const string Pattern = "/elections/{owner}/{repo}";

    public static void Map(WebApplication app) => app.MapGet(Pattern, RenderAsync);

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
        if (!RepositoryRef.TryParse($"{owner}/{repo}", out var repository))
        {
            return Results.NotFound();
        }

        long? installation = installations.TryGet(repository.FullName, out var id) ? id : null;
        if (installation is null && options.Value.Token.Length == 0)
        {
            return Results.Text($"No delivery from {repository.FullName} has reached the bot yet, so it cannot read that repository.", "text/plain", statusCode: StatusCodes.Status404NotFound);
        }

        var call = new GitHubCallContext { InstallationId = installation, DeliveryId = $"dashboard-{Guid.NewGuid():N}" };
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
        var nominees = await CandidatesStatus.FromGitHubAsync(gitHub.Create(call), repository, election, cancellationToken).ConfigureAwait(false);
        var page = DashboardPage.Render(new DashboardModel
        {
            Config = config,
            Roll = snapshot.Roll,
            Nominees = nominees,
            Now = clock.GetUtcNow(),
            RepositoryUrl = $"https://github.com/{repository.FullName}",
        });
        return Results.Content(page, "text/html; charset=utf-8");
    }
}
