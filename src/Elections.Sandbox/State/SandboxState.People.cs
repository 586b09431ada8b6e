using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

public sealed partial class SandboxState
{
    /// <summary>The person the current REST call acts for (a person token), or null for the bot.</summary>
    private static readonly AsyncLocal<SandboxUser?> Acting = new();

    private readonly Dictionary<string, long> _personTokens = new(StringComparer.Ordinal);

    /// <summary>The account the current REST call acts as: the person whose token it carries, else the App's bot.</summary>
    private SandboxUser Caller => Acting.Value ?? Bot;

    // ---- person tokens ------------------------------------------------------------------------

    /// <summary>Mints a token that acts as <paramref name="login"/> on the REST API (a personal access token).</summary>
    public string MintPersonToken(string login)
    {
        lock (_gate)
        {
            var user = RequireUser(login);
            var token = "ghp_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();
            _personTokens[token] = user.Id;
            return token;
        }
    }

    /// <summary>The person a token acts for; false for installation and static tokens (they act as the bot).</summary>
    public bool TryGetPerson(string token, out SandboxUser person)
    {
        lock (_gate)
        {
            person = _personTokens.TryGetValue(token, out var id) && _users.TryGetValue(id, out var user) && !user.Deleted ? user : null!;
            return person is not null;
        }
    }

    /// <summary>Makes the REST calls that follow on this async flow act as <paramref name="person"/> (null: the bot) until disposed.</summary>
    public static IDisposable ActAs(SandboxUser? person)
    {
        var previous = Acting.Value;
        Acting.Value = person;
        return new Restore(previous);
    }

    // ---- REST: what a person does through the API ---------------------------------------------

    /// <summary>POST git/refs: a branch at <paramref name="sha"/> (only <c>refs/heads/…</c>).</summary>
    public JsonObject CreateRef(string owner, string name, string fullRef, string sha)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            if (!fullRef.StartsWith("refs/heads/", StringComparison.Ordinal) || fullRef.Length == "refs/heads/".Length)
            {
                throw new SandboxApiException(422, "Reference name must start with 'refs/heads/' (the Sandbox emulates branches only)", "invalid", "ref", "Reference");
            }

            if (!repo.Commits.ContainsKey(sha))
            {
                throw new SandboxApiException(422, "Object does not exist", "invalid", "sha", "Reference");
            }

            var branch = fullRef["refs/heads/".Length..];
            if (repo.Branches.ContainsKey(branch))
            {
                throw new SandboxApiException(422, "Reference already exists", "already_exists", "ref", "Reference");
            }

            repo.Branches[branch] = sha;
            return Shapes.GitRef(repo, fullRef, sha);
        }
    }

    /// <summary>POST pulls: a pull request from an existing branch of the same repository. Emits pull_request.opened.</summary>
    public JsonObject CreatePull(string owner, string name, string title, string head, string baseRef, string? body, bool draft)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var headRef = head.Contains(':', StringComparison.Ordinal) ? head[(head.IndexOf(':', StringComparison.Ordinal) + 1)..] : head;
            var headSha = repo.Branches.GetValueOrDefault(headRef) ?? throw new SandboxApiException(422, "Validation Failed", "invalid", "head", "PullRequest");
            var baseSha = repo.Branches.GetValueOrDefault(baseRef) ?? throw new SandboxApiException(422, "Validation Failed", "invalid", "base", "PullRequest");
            if (string.IsNullOrWhiteSpace(title))
            {
                throw new SandboxApiException(422, "Validation Failed", "missing_field", "title", "PullRequest");
            }

            if (repo.Issues.Values.Any(i => i.State == "open" && i.Pull is { } p && p.HeadRef == headRef && p.BaseRef == baseRef))
            {
                throw new SandboxApiException(422, $"A pull request already exists for {repo.Owner.Login}:{headRef}.", "custom", "head", "PullRequest");
            }

            var mergeBase = MergeBase(repo, headSha, baseSha);
            if (mergeBase == headSha)
            {
                throw new SandboxApiException(422, $"No commits between {baseRef} and {headRef}", "custom", "head", "PullRequest");
            }

            var author = Caller;
            var issue = NewIssue(repo, author, title, body ?? "", []);
            issue.Pull = new SandboxPull { Id = NextId(), HeadRef = headRef, HeadSha = headSha, BaseRef = baseRef, BaseSha = mergeBase, Draft = draft, CommitCount = CommitsBetween(repo, mergeBase, headSha) };
            var json = PullJson(repo, issue);
            Emit("pull_request", "opened", author, repo, null, new JsonObject { ["number"] = issue.Number, ["pull_request"] = PullJson(repo, issue) });
            return json;
        }
    }

    /// <summary>POST pulls/{n}/reviews with an event: a submitted review. Emits pull_request_review.submitted.</summary>
    public JsonObject CreateReview(string owner, string name, int number, string? reviewEvent, string? body, string? commitId)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number);
            var pull = issue?.Pull ?? throw SandboxApiException.NotFound();
            var reviewer = Caller;
            var state = reviewEvent switch
            {
                "APPROVE" => "APPROVED",
                "REQUEST_CHANGES" => "CHANGES_REQUESTED",
                "COMMENT" => "COMMENTED",
                _ => throw new SandboxApiException(422, "'event' must be APPROVE, REQUEST_CHANGES or COMMENT: the Sandbox does not keep pending reviews (docs/sandbox.md)", "invalid", "event", "PullRequestReview"),
            };
            if (issue!.Author.Id == reviewer.Id && state != "COMMENTED")
            {
                throw new SandboxApiException(422, state == "APPROVED" ? "Can not approve your own pull request" : "Can not request changes on your own pull request");
            }

            if (state != "APPROVED" && string.IsNullOrEmpty(body))
            {
                throw new SandboxApiException(422, $"Body is required when using {reviewEvent} event", "missing_field", "body", "PullRequestReview");
            }

            if (commitId is not null && !repo.Commits.ContainsKey(commitId))
            {
                throw new SandboxApiException(422, "Validation Failed", "invalid", "commit_id", "PullRequestReview");
            }

            var review = new SandboxReview { Id = NextId(), User = reviewer, State = state, Body = body ?? "", CommitId = commitId ?? pull.HeadSha, SubmittedAt = Now };
            pull.Reviews.Add(review);
            issue.UpdatedAt = Now;
            Emit("pull_request_review", "submitted", reviewer, repo, null, new JsonObject
            {
                ["review"] = Shapes.Review(repo, issue, review),
                ["pull_request"] = PullJson(repo, issue),
            });
            return Shapes.Review(repo, issue, review);
        }
    }

    /// <summary>PUT pulls/{n}/reviews/{id}/dismissals: an approval or change request is dismissed. Emits pull_request_review.dismissed.</summary>
    public JsonObject DismissReview(string owner, string name, int number, long reviewId, string? message)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number);
            var review = issue?.Pull?.Reviews.FirstOrDefault(r => r.Id == reviewId) ?? throw SandboxApiException.NotFound();
            RequireMaintainer(repo, "dismiss a review");
            if (string.IsNullOrEmpty(message))
            {
                throw new SandboxApiException(422, "Validation Failed", "missing_field", "message", "PullRequestReview");
            }

            if (review.State is not ("APPROVED" or "CHANGES_REQUESTED"))
            {
                throw new SandboxApiException(422, $"Can not dismiss a {review.State.ToLowerInvariant()} pull request review");
            }

            review.State = "DISMISSED";
            issue!.UpdatedAt = Now;
            Emit("pull_request_review", "dismissed", Caller, repo, null, new JsonObject
            {
                ["review"] = Shapes.Review(repo, issue, review),
                ["pull_request"] = PullJson(repo, issue),
            });
            return Shapes.Review(repo, issue, review);
        }
    }

    /// <summary>DELETE issues/comments/{id}. Emits issue_comment.deleted.</summary>
    public void DeleteComment(string owner, string name, long commentId)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var (issue, comment) = FindComment(repo, commentId) ?? throw SandboxApiException.NotFound();
            RequireAuthorOrMaintainer(repo, comment.Author, "delete this comment");
            issue.Comments.Remove(comment);
            issue.UpdatedAt = Now;
            Emit("issue_comment", "deleted", Caller, repo, null, new JsonObject
            {
                ["issue"] = Shapes.Issue(repo, issue),
                ["comment"] = Shapes.Comment(repo, issue, comment),
            });
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    /// <summary>
    /// Who may change what the Sandbox models: the bot, the repository's owner and its organization's admins
    /// ("maintainers"); a person acting on their own issue, pull request or comment. Others get 403, as on GitHub.
    /// </summary>
    private void RequireAuthorOrMaintainer(SandboxRepository repo, SandboxUser author, string what)
    {
        if (Caller.Id != author.Id)
        {
            RequireMaintainer(repo, what);
        }
    }

    private void RequireMaintainer(SandboxRepository repo, string what)
    {
        if (!IsMaintainer(repo))
        {
            throw new SandboxApiException(403, $"Must have admin rights to Repository: {Caller.Login} may not {what} (docs/sandbox.md, person tokens)");
        }
    }

    /// <summary>True for the bot, the repository's owner and its organization's admins (the collaborators the Sandbox models).</summary>
    private bool IsMaintainer(SandboxRepository repo)
    {
        var caller = Caller;
        return caller == Bot
            || caller.Id == repo.Owner.Id
            || (_orgs.TryGetValue(repo.Owner.Login, out var org) && org.Members.GetValueOrDefault(caller.Id) == "admin");
    }

    /// <summary>Check runs are written by Apps only: a person token gets GitHub's 403.</summary>
    private void RequireApp()
    {
        if (Caller != Bot)
        {
            throw new SandboxApiException(403, "You must authenticate via a GitHub App.");
        }
    }

    /// <summary>A commit pushed to a branch moves the open pull requests whose head it is. Emits pull_request.synchronize.</summary>
    private void SynchronizePulls(SandboxRepository repo, string branch, string before, string after)
    {
        foreach (var issue in repo.Issues.Values.Where(i => i.State == "open" && i.Pull is { } p && p.HeadRef == branch && p.HeadSha == before))
        {
            var pull = issue.Pull!;
            pull.HeadSha = after;
            pull.CommitCount++;
            issue.UpdatedAt = Now;
            Emit("pull_request", "synchronize", Caller, repo, null, new JsonObject { ["number"] = issue.Number, ["before"] = before, ["after"] = after, ["pull_request"] = PullJson(repo, issue) });
        }
    }

    /// <summary>The newest commit of <paramref name="baseSha"/>'s history on <paramref name="headSha"/>'s first-parent chain.</summary>
    private static string MergeBase(SandboxRepository repo, string headSha, string baseSha)
    {
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([baseSha]);
        while (pending.TryPop(out var sha))
        {
            if (ancestors.Add(sha) && repo.Commits[sha] is var commit)
            {
                foreach (var parent in new[] { commit.Parent, commit.SecondParent }.OfType<string>())
                {
                    pending.Push(parent);
                }
            }
        }

        for (string? sha = headSha; sha is not null; sha = repo.Commits[sha].Parent)
        {
            if (ancestors.Contains(sha))
            {
                return sha;
            }
        }

        throw new SandboxApiException(422, "The head branch shares no history with the base branch", "invalid", "head", "PullRequest");
    }

    private static int CommitsBetween(SandboxRepository repo, string from, string to)
    {
        var count = 0;
        for (string? sha = to; sha is not null && sha != from; sha = repo.Commits[sha].Parent)
        {
            count++;
        }

        return count;
    }

    private sealed class Restore(SandboxUser? previous) : IDisposable
    {
        public void Dispose() => Acting.Value = previous;
    }
}
