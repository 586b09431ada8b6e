using System.Text;
using Elections.App.Ports.GitHub;
using Elections.Core.Configuration;
using Elections.Core.Validation;
using Elections.Core.Voting;

namespace Elections.App.Voting;

/// <summary>
/// The write-back pull request (issue 13 item 7): proposes the governance file with the winners added and the members
/// whose term ended removed, on the branch <see cref="Branch"/>, through the same port calls as the announcement pull
/// request. The bot's open pull request is found again by its marker and its branch updated, so a rerun never opens a
/// second one; the new file is always computed from the default branch, so reruns give the same content.
/// </summary>
public sealed class GovernanceWriteBack(IGitHub gitHub)
{
    /// <summary>The write-back pull request's branch for <paramref name="election"/>.</summary>
    public static string Branch(string election) => $"elections/writeback-{election}";

    /// <summary>Opens or updates the write-back pull request the request describes.</summary>
    public async Task<WriteBackResult> RunAsync(WriteBackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var repository = request.Repository;
        var file = request.File;
        var target = await gitHub.Contents.GetRepositoryAsync(repository, cancellationToken).ConfigureAwait(false);
        var defaultBranch = target.Value?.DefaultBranch ?? throw NotFound(repository, "not found: check the name and that the token can see it");
        var current = await gitHub.Contents.GetFileAsync(repository, file.Path, defaultBranch, cancellationToken).ConfigureAwait(false);
        var text = current.Value is { } found ? Encoding.UTF8.GetString(found.Content.Span) : "";
        var update = GovernanceMembers.Apply(text, $"{repository.FullName}:{file.Path}", request.Winners, request.TermStart);
        if (request.DryRun)
        {
            return new WriteBackResult(update, 0, "", WriteBackOutcome.DryRun);
        }

        var marker = $"writeback-pr:{request.Election}";
        var pulls = await gitHub.PullRequests.ListAsync(repository, PullRequestStateFilter.Open, cancellationToken).ConfigureAwait(false);
        var pull = pulls.Where(p => p.Author.Kind == GitHubAccountKind.Bot && EffectMarker.IsIn(p.Body, marker)).MinBy(p => p.Number);
        var branch = pull?.HeadRef is { Length: > 0 } head ? head : Branch(request.Election);
        if ((await gitHub.Contents.GetBranchHeadAsync(repository, branch, cancellationToken).ConfigureAwait(false)).Value is null)
        {
            var start = await gitHub.Contents.GetBranchHeadAsync(repository, defaultBranch, cancellationToken).ConfigureAwait(false);
            await gitHub.Contents.CreateBranchAsync(repository, branch, start.Value ?? throw NotFound(repository, $"its default branch {defaultBranch} has no commit yet"), cancellationToken).ConfigureAwait(false);
        }

        var onBranch = await gitHub.Contents.GetFileAsync(repository, file.Path, branch, cancellationToken).ConfigureAwait(false);
        var changed = onBranch.Value is not { } existing || Encoding.UTF8.GetString(existing.Content.Span) != update.Text;
        if (changed)
        {
            var written = await gitHub.Contents.PutFileAsync(
                repository,
                new FileWrite { Path = file.Path, Content = Encoding.UTF8.GetBytes(update.Text), Message = $"{request.Title}: results write-back", Branch = branch, ExpectedSha = onBranch.Value?.Sha ?? "" },
                cancellationToken).ConfigureAwait(false);
            if (written.Status != FileWriteStatus.Committed)
            {
                throw new InvalidOperationException($"{repository.FullName}:{file.Path} changed on {branch} while writing; run again");
            }
        }

        if (pull is not null)
        {
            return new WriteBackResult(update, pull.Number, pull.HtmlUrl, changed ? WriteBackOutcome.Updated : WriteBackOutcome.Unchanged);
        }

        var body = EffectMarker.Append(Body(request, update), marker);
        var opened = await gitHub.PullRequests.CreateAsync(repository, $"{request.Title}: governance write-back", body, branch, defaultBranch, cancellationToken).ConfigureAwait(false);
        return new WriteBackResult(update, opened.Number, opened.HtmlUrl, WriteBackOutcome.Opened);
    }

    private static string Body(WriteBackRequest request, GovernanceUpdate update)
    {
        var text = new StringBuilder($"The results of {request.Title} written back to `{request.File.Path}` (terms counted from {request.TermStart:yyyy-MM-dd}).\n\n");
        foreach (var member in update.Added)
        {
            text.Append("- add @").Append(member.Login).Append(", term ends ").Append(member.TermEnds.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var member in update.Removed)
        {
            text.Append("- remove @").Append(member.Login).Append(", term ended ").Append(member.TermEnds.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    private static InvalidInputException NotFound(RepositoryRef repository, string message) =>
        new(new Problem(repository.FullName, 0, "repository", message));
}

/// <summary>What to write back.</summary>
/// <param name="Repository">The governance repository.</param>
/// <param name="File">The governance file's settings.</param>
/// <param name="Election">The election's slug (the pull request's marker and branch).</param>
/// <param name="Title">The election's name.</param>
/// <param name="Winners">The elected (login, name, term years) from results.json.</param>
/// <param name="TermStart">The day the new terms start (the voting close).</param>
/// <param name="DryRun">Compute the new file only; change nothing on GitHub.</param>
public sealed record WriteBackRequest(RepositoryRef Repository, GovernanceFile File, string Election, string Title, IReadOnlyList<(string Login, string Name, int TermYears)> Winners, DateOnly TermStart, bool DryRun);

/// <summary>What <see cref="GovernanceWriteBack"/> did.</summary>
public enum WriteBackOutcome
{
    /// <summary>Computed the new file only.</summary>
    DryRun,

    /// <summary>Opened the write-back pull request.</summary>
    Opened,

    /// <summary>Updated the file on the open write-back pull request's branch.</summary>
    Updated,

    /// <summary>The open write-back pull request already proposes this file.</summary>
    Unchanged,
}

/// <summary>The new governance file and the pull request.</summary>
/// <param name="Update">The new file and what changed.</param>
/// <param name="Number">The pull request's number (0 on a dry run).</param>
/// <param name="Url">Its web page.</param>
/// <param name="Outcome">What this run did.</param>
public sealed record WriteBackResult(GovernanceUpdate Update, int Number, string Url, WriteBackOutcome Outcome);
