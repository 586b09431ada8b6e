using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

public sealed partial class SandboxState
{
    // ---- seeding: what people do --------------------------------------------------------------

    /// <summary>
    /// A person opens a pull request: one commit on <paramref name="headBranch"/> (from the base
    /// branch) changing <paramref name="changes"/> (null text deletes). Emits pull_request.opened.
    /// </summary>
    public int OpenPullRequest(string owner, string name, string author, string title, string headBranch, IReadOnlyDictionary<string, string?> changes, string body = "", bool draft = false, string? baseBranch = null, IReadOnlyList<string>? labels = null)
    {
        lock (_gate)
        {
            var repo = RequireRepo(owner, name);
            var user = RequireUser(author);
            var baseRef = baseBranch ?? repo.DefaultBranch;
            var baseSha = repo.Branches.GetValueOrDefault(baseRef) ?? throw new SandboxApiException(404, $"no branch {baseRef}");
            var commit = NewCommit(repo, baseSha, Apply(repo.Commits[baseSha].Tree, changes), title, user);
            repo.Branches[headBranch] = commit.Sha;
            var issue = NewIssue(repo, user, title, body, labels ?? []);
            issue.Pull = new SandboxPull { Id = NextId(), HeadRef = headBranch, HeadSha = commit.Sha, BaseRef = baseRef, BaseSha = baseSha, Draft = draft, CommitCount = 1 };
            Emit("pull_request", "opened", user, repo, null, new JsonObject { ["number"] = issue.Number, ["pull_request"] = PullJson(repo, issue) });
            return issue.Number;
        }
    }

    /// <summary>The author pushes another commit to the pull request. Emits pull_request.synchronize.</summary>
    public string PushToPullRequest(string owner, string name, int number, IReadOnlyDictionary<string, string?> changes, string message = "Update")
    {
        lock (_gate)
        {
            var repo = RequireRepo(owner, name);
            var issue = RequireIssue(repo, number);
            var pull = issue.Pull ?? throw new SandboxApiException(422, $"#{number} is not a pull request");
            var before = pull.HeadSha;
            var commit = NewCommit(repo, before, Apply(repo.Commits[before].Tree, changes), message, issue.Author);
            pull.HeadSha = commit.Sha;
            pull.CommitCount++;
            repo.Branches[pull.HeadRef] = commit.Sha;
            issue.UpdatedAt = Now;
            var body = new JsonObject { ["number"] = issue.Number, ["before"] = before, ["after"] = commit.Sha, ["pull_request"] = PullJson(repo, issue) };
            Emit("pull_request", "synchronize", issue.Author, repo, null, body);
            return commit.Sha;
        }
    }

    /// <summary>A person reviews. Emits pull_request_review.submitted.</summary>
    public long SubmitReview(string owner, string name, int number, string reviewer, string state, string body = "")
    {
        lock (_gate)
        {
            var repo = RequireRepo(owner, name);
            var issue = RequireIssue(repo, number);
            var pull = issue.Pull ?? throw new SandboxApiException(422, $"#{number} is not a pull request");
            var review = new SandboxReview { Id = NextId(), User = RequireUser(reviewer), State = state.ToUpperInvariant(), Body = body, CommitId = pull.HeadSha, SubmittedAt = Now };
            pull.Reviews.Add(review);
            Emit("pull_request_review", "submitted", review.User, repo, null, new JsonObject
            {
                ["review"] = Shapes.Review(repo, issue, review),
                ["pull_request"] = PullJson(repo, issue),
            });
            return review.Id;
        }
    }

    /// <summary>Marks a pull request as (not) mergeable, e.g. to simulate conflicts.</summary>
    public void SetMergeable(string owner, string name, int number, bool mergeable)
    {
        lock (_gate)
        {
            (RequireIssue(RequireRepo(owner, name), number).Pull ?? throw new SandboxApiException(422, $"#{number} is not a pull request")).Mergeable = mergeable;
        }
    }

    /// <summary>A person merges (e.g. a committer exercising commit access).</summary>
    public string MergeAs(string owner, string name, int number, string login)
    {
        lock (_gate)
        {
            var repo = RequireRepo(owner, name);
            var issue = RequireIssue(repo, number);
            return Merge(repo, issue, issue.Pull?.HeadSha ?? "", "merge", null, RequireUser(login))["sha"]!.GetValue<string>();
        }
    }

    // ---- REST --------------------------------------------------------------------------------

    public JsonObject GetPull(string owner, string name, int number)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number);
            return issue?.Pull is null ? throw SandboxApiException.NotFound() : PullJson(repo, issue);
        }
    }

    /// <summary>GET /repos/{owner}/{repo}/pulls: by <paramref name="sort"/> (<c>created</c>, GitHub's default, or <c>updated</c>), descending unless <paramref name="direction"/> is <c>asc</c>.</summary>
    public JsonArray ListPulls(string owner, string name, string state, string sort = "created", string direction = "desc")
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var pulls = repo.Issues.Values.Where(i => i.Pull is not null && (state == "all" || i.State == state));
            Func<SandboxIssue, (DateTimeOffset, int)> key = sort == "updated" ? i => (i.UpdatedAt, i.Number) : i => (i.CreatedAt, i.Number);
            var ordered = direction == "asc" ? pulls.OrderBy(key) : pulls.OrderByDescending(key);
            return [.. ordered.Select(i => (JsonNode)PullJson(repo, i))];
        }
    }

    /// <summary>GET /repos/{owner}/{repo}/pulls/{pull_number}/commits: its commit count of commits, all by its author (at most 250, as GitHub).</summary>
    public JsonArray ListPullCommits(string owner, string name, int number)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number);
            var pull = issue?.Pull ?? throw SandboxApiException.NotFound();
            var email = pull.CommitEmail ?? $"{issue.Author.Id}+{issue.Author.Login}@users.noreply.github.com";
            return [.. Enumerable.Range(1, Math.Clamp(pull.CommitCount, 1, 250)).Select(i => (JsonNode)Shapes.PullCommit(repo, issue, i, email))];
        }
    }

    public JsonArray ListPullFiles(string owner, string name, int number)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number);
            var pull = issue?.Pull ?? throw SandboxApiException.NotFound();
            return [.. PullChanges(repo, pull).Select(c => (JsonNode)Shapes.DiffEntry(repo, pull.HeadSha, c))];
        }
    }

    public JsonArray ListReviews(string owner, string name, int number)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number);
            var pull = issue?.Pull ?? throw SandboxApiException.NotFound();
            return [.. pull.Reviews.Select(r => (JsonNode)Shapes.Review(repo, issue!, r))];
        }
    }

    public JsonObject MergePull(string owner, string name, int number, string? sha, string? method, string? title)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number);
            if (issue?.Pull is null)
            {
                throw SandboxApiException.NotFound();
            }

            RequireMaintainer(repo, $"merge #{number}");
            return Merge(repo, issue, sha, method ?? "merge", title, Caller);
        }
    }

    public JsonObject UpdatePull(string owner, string name, int number, string? title, string? body, string? state)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number);
            if (issue?.Pull is null)
            {
                throw SandboxApiException.NotFound();
            }

            RequireAuthorOrMaintainer(repo, issue.Author, $"edit #{number}");
            if (state == "open" && issue.Pull.Merged)
            {
                throw new SandboxApiException(422, "Validation Failed", "invalid", "state", "PullRequest");
            }

            var edited = (title is not null && title != issue.Title) || (body is not null && body != issue.Body);
            issue.Title = title ?? issue.Title;
            issue.Body = body ?? issue.Body;
            issue.UpdatedAt = Now;
            if (edited)
            {
                Emit("pull_request", "edited", Caller, repo, null, IssueOrPullBody(repo, issue));
            }

            if (state is not null && state != issue.State)
            {
                SetState(repo, issue, state, Caller);
            }

            return PullJson(repo, issue);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private JsonObject Merge(SandboxRepository repo, SandboxIssue issue, string? sha, string method, string? title, SandboxUser actor)
    {
        var pull = issue.Pull!;
        if (issue.State != "open" || pull.Merged)
        {
            throw new SandboxApiException(405, "Pull Request is not mergeable");
        }

        if (!string.IsNullOrEmpty(sha) && sha != pull.HeadSha)
        {
            throw new SandboxApiException(409, "Head branch was modified. Review and try the merge again.");
        }

        var baseHead = repo.Branches[pull.BaseRef];
        var changes = PullChanges(repo, pull);
        var baseTree = repo.Commits[baseHead].Tree;
        var conflict = baseHead != pull.BaseSha && changes.Any(c =>
            repo.Commits[pull.BaseSha].Tree.GetValueOrDefault(c.Path)?.Sha != baseTree.GetValueOrDefault(c.Path)?.Sha);
        if (!pull.Mergeable || conflict)
        {
            throw new SandboxApiException(405, "Pull Request is not mergeable");
        }

        var head = repo.Commits[pull.HeadSha].Tree;
        var merged = (ImmutableDictionary<string, SandboxBlob>)baseTree;
        foreach (var change in changes)
        {
            merged = change.Status == "removed" ? merged.Remove(change.Path) : merged.SetItem(change.Path, head[change.Path]);
        }

        var message = title ?? $"Merge pull request #{issue.Number} from {pull.HeadRef}";
        var commit = NewCommit(repo, baseHead, merged, message, actor, secondParent: method == "merge" ? pull.HeadSha : null);
        repo.Branches[pull.BaseRef] = commit.Sha;
        pull.Merged = true;
        pull.MergedAt = Now;
        pull.MergedBy = actor;
        pull.MergeCommitSha = commit.Sha;
        issue.State = "closed";
        issue.ClosedAt = Now;
        issue.UpdatedAt = Now;
        issue.StateChanges.Add(new SandboxStateChange(NextId(), "merged", actor, Now, null));
        issue.StateChanges.Add(new SandboxStateChange(NextId(), "closed", actor, Now, null));
        EmitPush(repo, pull.BaseRef, baseHead, commit, actor);
        Emit("pull_request", "closed", actor, repo, null, new JsonObject { ["number"] = issue.Number, ["pull_request"] = PullJson(repo, issue) });
        return new JsonObject { ["sha"] = commit.Sha, ["merged"] = true, ["message"] = "Pull Request successfully merged" };
    }

    /// <summary>The files a pull request changes; none for a bulk-seeded one, whose commits are not in the repository.</summary>
    private static List<PullFileChange> PullChanges(SandboxRepository repo, SandboxPull pull) =>
        repo.Commits.TryGetValue(pull.BaseSha, out var baseCommit) && repo.Commits.TryGetValue(pull.HeadSha, out var head)
            ? Diff(baseCommit.Tree, head.Tree)
            : [];

    private JsonObject PullJson(SandboxRepository repo, SandboxIssue issue)
    {
        var changes = PullChanges(repo, issue.Pull!);
        var json = Shapes.PullRequest(repo, issue, changes.Count, changes.Sum(c => c.Additions), changes.Sum(c => c.Deletions));
        if (issue.Pull!.RequestedTeams.Count > 0 && _orgs.TryGetValue(repo.Owner.Login, out var org))
        {
            json["requested_teams"] = new JsonArray([.. issue.Pull.RequestedTeams.Select(slug => (JsonNode)Shapes.TeamSimple(org, org.Teams[slug]))]);
        }

        return json;
    }
}
