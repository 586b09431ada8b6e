using Elections.App.Candidacy;
using Elections.App.Effects;
using Elections.App.Plans;
using Elections.App.Ports.GitHub;
using Elections.App.Voting;
using Elections.Core.Candidacy;
using Elections.Core.Snapshots;
using Octokit.Webhooks;
using Octokit.Webhooks.Events;

namespace Elections.App.Handlers;

/// <summary>
/// The <c>results</c> check run (issue 13 item 8; docs/voting.md "Handlers"): on every pull request that adds or changes
/// files under <c>results/</c>, and again when someone re-runs the check, reads results.json, the ballots and their hash
/// from the pull request's head and the lock-in record and candidate files from its base branch, and reports every
/// check of <see cref="ResultsReview"/>: success when all hold, else failure naming the first problem.
/// </summary>
public sealed class ResultsCheckHandler(IGitHubFactory gitHub, TimeProvider time) : IWebhookHandler
{
    /// <summary>The check run's name: a contract with branch protection rules.</summary>
    public const string CheckName = "results";

    public string Feature => "results";

    public IReadOnlyList<Route> Routes { get; } =
    [
        .. new[] { "opened", "reopened", "synchronize" }.Select(a => Route.Parse($"pull_request.{a}")),
        Route.Parse("check_run.rerequested"),
    ];

    public bool RequiresElection => true;

    public bool Applies(WebhookEvent payload) => payload switch
    {
        PullRequestEvent => true,
        CheckRunEvent run => run.CheckRun.Name == CheckName,
        _ => false,
    };

    public async ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Election is not { } election || !election.TryGetConfig(out _))
        {
            return Plan.Skip("no election was read for this repository");
        }

        var repository = RepositoryRef.Parse(context.Repository);
        var client = gitHub.Create(context.GitHubCall);

        // Most pull requests are nominations: their file list (one call) settles it before the pull request is read again.
        if (payload is PullRequestEvent pullEvent && !await ChangesResultsAsync(client, repository, checked((int)pullEvent.PullRequest.Number), cancellationToken).ConfigureAwait(false))
        {
            return Plan.Skip($"#{pullEvent.PullRequest.Number} changes nothing under {VotingFiles.ResultsFolder}/");
        }

        if (await FindPullAsync(client, repository, payload, cancellationToken).ConfigureAwait(false) is not { IsOpen: true } pull)
        {
            return Plan.Skip("no open pull request for this event");
        }

        if (payload is CheckRunEvent && !await ChangesResultsAsync(client, repository, pull.Number, cancellationToken).ConfigureAwait(false))
        {
            return Plan.Skip($"#{pull.Number} changes nothing under {VotingFiles.ResultsFolder}/");
        }

        var input = await ReadAsync(client, repository, pull, election, cancellationToken).ConfigureAwait(false);
        var outcome = ResultsReview.Review(input);
        var run = new CheckRunRequest
        {
            Name = CheckName,
            HeadSha = pull.HeadSha,
            Conclusion = outcome.FirstProblem is null ? CheckRunConclusion.Success : CheckRunConclusion.Failure,
            Title = outcome.FirstProblem is { } problem ? Shorten($"Results refused: {problem}") : "Results verified: the count, the ballots and the lock-in agree",
            Summary = $"{ResultsReview.Render(outcome)}\nThe checks are described in docs/voting.md (\"Handlers\").",
        };
        var runs = await client.Checks.ListForRefAsync(repository, pull.HeadSha, CheckName, cancellationToken).ConfigureAwait(false);
        var key = $"results-check:{context.Repository}@{pull.HeadSha}";
        if (runs.Count == 0)
        {
            return Plan.Of(new CheckRunEffect { IdempotencyKey = key, Repository = context.Repository, Run = run });
        }

        var existing = runs[0];
        return existing.Conclusion == run.Conclusion && existing.Title == run.Title && existing.Summary == run.Summary && payload is not CheckRunEvent
            ? Plan.Skip($"the results check on #{pull.Number} is up to date")
            : Plan.Of(new CheckRunEffect { IdempotencyKey = $"{key}:{context.DeliveryId}", Repository = context.Repository, ExistingRunId = existing.Id, Run = run });
    }

    private static async Task<bool> ChangesResultsAsync(IGitHub client, RepositoryRef repository, int number, CancellationToken cancellationToken) =>
        (await client.PullRequests.ListFilesAsync(repository, number, cancellationToken).ConfigureAwait(false)).Any(f => InResults(f.Path) || InResults(f.PreviousPath));

    private static bool InResults(string path) => path.StartsWith($"{VotingFiles.ResultsFolder}/", StringComparison.Ordinal);

    private static string Shorten(string title) => title.Length <= 250 ? title : title[..247] + "...";

    /// <summary>The pull request of the event: the payload's own, or for a re-run check the open one whose head is the run's commit.</summary>
    private static async Task<PullRequest?> FindPullAsync(IGitHub client, RepositoryRef repository, WebhookEvent payload, CancellationToken cancellationToken)
    {
        if (payload is PullRequestEvent pullEvent)
        {
            return (await client.PullRequests.GetAsync(repository, checked((int)pullEvent.PullRequest.Number), cancellationToken).ConfigureAwait(false)).Value;
        }

        var sha = ((CheckRunEvent)payload).CheckRun.HeadSha;
        var open = await client.PullRequests.ListAsync(repository, PullRequestStateFilter.Open, cancellationToken).ConfigureAwait(false);
        return open.Where(p => p.HeadSha == sha).MinBy(p => p.Number);
    }

    /// <summary>The head's results files and the base branch's lock-in record and candidate files.</summary>
    private async Task<ResultsReviewInput> ReadAsync(IGitHub client, RepositoryRef repository, PullRequest pull, ElectionSnapshot election, CancellationToken cancellationToken)
    {
        async Task<byte[]?> Read(string path, string gitRef) =>
            path.Length == 0 ? null : (await client.Contents.GetFileAsync(repository, path, gitRef, cancellationToken).ConfigureAwait(false)).Value?.Content.ToArray();
        static string? Text(byte[]? bytes) => bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);

        var results = Text(await Read(ResultsJson.Path, pull.HeadSha).ConfigureAwait(false));
        var ballotsPath = results is null ? "" : ResultsJson.Field(results, "ballots_file");
        var baseRef = pull.BaseRef.Length > 0 ? pull.BaseRef : pull.BaseSha; // the base branch as it is now, not when the pull request was opened
        var candidates = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var listing = await client.Contents.ListDirectoryAsync(repository, ElectionLayout.CandidatesFolder, baseRef, cancellationToken).ConfigureAwait(false);
        foreach (var entry in listing.Value ?? [])
        {
            if (entry.Type == RepositoryEntryType.File && NominationFileRule.TryGetLogin(entry.Path, out _) && await Read(entry.Path, baseRef).ConfigureAwait(false) is { } bytes)
            {
                candidates[entry.Path] = bytes;
            }
        }

        return new ResultsReviewInput
        {
            Election = election,
            LockIn = Text(await Read(LockInFile.Path, baseRef).ConfigureAwait(false)),
            CandidateFiles = candidates,
            Results = results,
            Sha256File = Text(await Read(ResultsJson.Sha256Path, pull.HeadSha).ConfigureAwait(false)),
            Ballots = ballotsPath.StartsWith($"{VotingFiles.ResultsFolder}/", StringComparison.Ordinal) ? await Read(ballotsPath, pull.HeadSha).ConfigureAwait(false) : null,
            Now = time.GetUtcNow(),
        };
    }
}
