using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

public sealed partial class SandboxState
{
    // ---- seeding: what people do --------------------------------------------------------------

    /// <summary>A person opens an issue. Emits issues.opened.</summary>
    public int OpenIssue(string owner, string name, string author, string title, string body = "", IReadOnlyList<string>? labels = null)
    {
        lock (_gate)
        {
            var repo = RequireRepo(owner, name);
            var issue = NewIssue(repo, RequireUser(author), title, body, labels ?? []);
            Emit("issues", "opened", issue.Author, repo, null, new JsonObject { ["issue"] = Shapes.Issue(repo, issue) });
            return issue.Number;
        }
    }

    /// <summary>A person comments on an issue or pull request. Emits issue_comment.created.</summary>
    public long Comment(string owner, string name, int number, string author, string body)
    {
        lock (_gate)
        {
            var repo = RequireRepo(owner, name);
            return AddComment(repo, RequireIssue(repo, number), RequireUser(author), body).Id;
        }
    }

    /// <summary>A person edits their comment. Emits issue_comment.edited with the previous body.</summary>
    public void EditComment(string owner, string name, long commentId, string body)
    {
        lock (_gate)
        {
            var repo = RequireRepo(owner, name);
            var (issue, comment) = FindComment(repo, commentId) ?? throw new SandboxApiException(404, $"no comment {commentId}");
            UpdateComment(repo, issue, comment, body, comment.Author);
        }
    }

    // ---- REST: issues ------------------------------------------------------------------------

    public JsonObject CreateIssue(string owner, string name, string title, string? body, IReadOnlyList<string> labels)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            if (string.IsNullOrWhiteSpace(title))
            {
                throw new SandboxApiException(422, "Validation Failed", "missing_field", "title", "Issue");
            }

            var issue = NewIssue(repo, Caller, title, body ?? "", labels);
            var json = Shapes.Issue(repo, issue);
            Emit("issues", "opened", Caller, repo, null, new JsonObject { ["issue"] = Shapes.Issue(repo, issue) });
            return json;
        }
    }

    public JsonArray ListIssues(string owner, string name, string state, string? creator, DateTimeOffset? since, bool ascending)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issues = repo.Issues.Values
                .Where(i => state == "all" || i.State == state)
                .Where(i => creator is null || string.Equals(i.Author.Login, creator, StringComparison.OrdinalIgnoreCase))
                .Where(i => since is null || i.UpdatedAt >= since);
            issues = ascending ? issues.OrderBy(i => i.CreatedAt).ThenBy(i => i.Number) : issues.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Number);
            return [.. issues.Select(i => (JsonNode)Shapes.Issue(repo, i))];
        }
    }

    public JsonObject GetIssue(string owner, string name, int number)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            return Shapes.Issue(repo, repo.Issues.GetValueOrDefault(number) ?? throw SandboxApiException.NotFound());
        }
    }

    public JsonObject UpdateIssue(string owner, string name, int number, string? title, string? body, string? state)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number) ?? throw SandboxApiException.NotFound();
            RequireAuthorOrMaintainer(repo, issue.Author, $"edit #{number}");
            var edited = (title is not null && title != issue.Title) || (body is not null && body != issue.Body);
            issue.Title = title ?? issue.Title;
            issue.Body = body ?? issue.Body;
            issue.UpdatedAt = Now;
            if (edited)
            {
                Emit(issue.Pull is null ? "issues" : "pull_request", "edited", Caller, repo, null, IssueOrPullBody(repo, issue));
            }

            if (state is not null && state != issue.State)
            {
                SetState(repo, issue, state, Caller);
            }

            return Shapes.Issue(repo, issue);
        }
    }

    public void LockIssue(string owner, string name, int number, string? reason)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number) ?? throw SandboxApiException.NotFound();
            if (issue.Locked)
            {
                return;
            }

            RequireMaintainer(repo, $"lock #{number}");
            issue.Locked = true;
            issue.LockReason = reason;
            Emit(issue.Pull is null ? "issues" : "pull_request", "locked", Caller, repo, null, IssueOrPullBody(repo, issue));
        }
    }

    // ---- REST: comments ----------------------------------------------------------------------

    /// <summary>GET /repos/{owner}/{repo}/issues/{issue_number}/timeline: the state changes (the Sandbox records no other timeline events).</summary>
    public JsonArray ListTimeline(string owner, string name, int number)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number) ?? throw SandboxApiException.NotFound();
            return [.. issue.StateChanges.Select(e => (JsonNode)Shapes.StateChange(repo, e))];
        }
    }

    public JsonArray ListComments(string owner, string name, int number, DateTimeOffset? since)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number) ?? throw SandboxApiException.NotFound();
            return [.. issue.Comments.Where(c => since is null || c.UpdatedAt >= since).Select(c => (JsonNode)Shapes.Comment(repo, issue, c))];
        }
    }

    public JsonObject CreateComment(string owner, string name, int number, string body)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number) ?? throw SandboxApiException.NotFound();
            if (issue.Locked && !IsMaintainer(repo))
            {
                throw new SandboxApiException(403, "Unable to create comment because issue is locked."); // collaborators still may
            }

            return Shapes.Comment(repo, issue, AddComment(repo, issue, Caller, body));
        }
    }

    public JsonObject UpdateCommentBody(string owner, string name, long commentId, string body)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var (issue, comment) = FindComment(repo, commentId) ?? throw SandboxApiException.NotFound();
            RequireAuthorOrMaintainer(repo, comment.Author, "edit this comment");
            UpdateComment(repo, issue, comment, body, Caller);
            return Shapes.Comment(repo, issue, comment);
        }
    }

    // ---- REST: labels ------------------------------------------------------------------------

    public JsonArray ListLabels(string owner, string name)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            return Shapes.Labels(repo, repo.Labels.Values.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase));
        }
    }

    public JsonObject GetLabel(string owner, string name, string label)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            return Shapes.Label(repo, repo.Labels.GetValueOrDefault(label) ?? throw SandboxApiException.NotFound());
        }
    }

    public JsonObject CreateLabel(string owner, string name, string label, string? color, string? description)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            if (repo.Labels.ContainsKey(label))
            {
                throw new SandboxApiException(422, "Validation Failed", "already_exists", "name", "Label");
            }

            var created = new SandboxLabel { Id = NextId(), Name = label, Color = (color ?? "ededed").TrimStart('#'), Description = description };
            repo.Labels[label] = created;
            return Shapes.Label(repo, created);
        }
    }

    /// <summary>Adds labels (creating missing ones, like GitHub); emits labeled for each new one.</summary>
    public JsonArray AddLabels(string owner, string name, int number, IReadOnlyList<string> labels)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number) ?? throw SandboxApiException.NotFound();
            RequireMaintainer(repo, "label issues");
            foreach (var labelName in labels)
            {
                var label = EnsureLabel(repo, labelName);
                if (issue.Labels.Contains(label))
                {
                    continue;
                }

                issue.Labels.Add(label);
                issue.UpdatedAt = Now;
                var body = IssueOrPullBody(repo, issue);
                body["label"] = Shapes.Label(repo, label);
                Emit(issue.Pull is null ? "issues" : "pull_request", "labeled", Caller, repo, null, body);
            }

            return Shapes.Labels(repo, issue.Labels);
        }
    }

    public JsonArray RemoveLabel(string owner, string name, int number, string labelName)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var issue = repo.Issues.GetValueOrDefault(number) ?? throw SandboxApiException.NotFound();
            RequireMaintainer(repo, "unlabel issues");
            var label = issue.Labels.FirstOrDefault(l => string.Equals(l.Name, labelName, StringComparison.OrdinalIgnoreCase))
                ?? throw new SandboxApiException(404, "Label does not exist");
            issue.Labels.Remove(label);
            issue.UpdatedAt = Now;
            var body = IssueOrPullBody(repo, issue);
            body["label"] = Shapes.Label(repo, label);
            Emit(issue.Pull is null ? "issues" : "pull_request", "unlabeled", Caller, repo, null, body);
            return Shapes.Labels(repo, issue.Labels);
        }
    }

    // ---- REST: check runs --------------------------------------------------------------------

    public JsonObject CreateCheckRun(string owner, string name, JsonObject request)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            RequireApp();
            var headSha = request["head_sha"]?.GetValue<string>() ?? throw new SandboxApiException(422, "Validation Failed", "missing_field", "head_sha", "CheckRun");
            if (!repo.Commits.ContainsKey(headSha))
            {
                throw new SandboxApiException(422, "No commit found for SHA: " + headSha, "invalid", "head_sha", "CheckRun");
            }

            var run = new SandboxCheckRun { Id = NextId(), Name = request["name"]?.GetValue<string>() ?? "check", HeadSha = headSha, StartedAt = Now };
            ApplyCheckRun(run, request);
            repo.CheckRuns[run.Id] = run;
            return Shapes.CheckRun(repo, run, Bot, Options.AppId);
        }
    }

    public JsonObject UpdateCheckRun(string owner, string name, long id, JsonObject request)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var run = repo.CheckRuns.GetValueOrDefault(id) ?? throw SandboxApiException.NotFound();
            RequireApp();
            ApplyCheckRun(run, request);
            return Shapes.CheckRun(repo, run, Bot, Options.AppId);
        }
    }

    /// <summary>Check runs on a commit (for tests).</summary>
    public IReadOnlyList<SandboxCheckRun> CheckRuns(string owner, string name) => Read(() => RequireRepo(owner, name).CheckRuns.Values.ToList());

    // ---- helpers -----------------------------------------------------------------------------

    private void ApplyCheckRun(SandboxCheckRun run, JsonObject request)
    {
        run.Name = request["name"]?.GetValue<string>() ?? run.Name;
        run.Status = request["status"]?.GetValue<string>() ?? (request["conclusion"] is null ? run.Status : "completed");
        run.Conclusion = request["conclusion"]?.GetValue<string>() ?? run.Conclusion;
        run.ExternalId = request["external_id"]?.GetValue<string>() ?? run.ExternalId;
        run.DetailsUrl = request["details_url"]?.GetValue<string>() ?? run.DetailsUrl;
        if (request["output"] is JsonObject output)
        {
            run.Title = output["title"]?.GetValue<string>() ?? run.Title;
            run.Summary = output["summary"]?.GetValue<string>() ?? run.Summary;
            run.Text = output["text"]?.GetValue<string>() ?? run.Text;
        }

        if (run.Status == "completed")
        {
            if (run.Conclusion is null)
            {
                throw new SandboxApiException(422, "Validation Failed", "missing_field", "conclusion", "CheckRun");
            }

            run.CompletedAt ??= Now;
        }
    }

    private SandboxIssue NewIssue(SandboxRepository repo, SandboxUser author, string title, string body, IReadOnlyList<string> labels)
    {
        var issue = new SandboxIssue
        {
            Id = NextId(),
            Number = ++repo.LastNumber,
            Title = title,
            Body = body,
            Author = author,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        issue.Labels.AddRange(labels.Select(l => EnsureLabel(repo, l)).Distinct());
        repo.Issues[issue.Number] = issue;
        return issue;
    }

    private SandboxComment AddComment(SandboxRepository repo, SandboxIssue issue, SandboxUser author, string body)
    {
        if (string.IsNullOrEmpty(body))
        {
            throw new SandboxApiException(422, "Validation Failed", "missing_field", "body", "IssueComment");
        }

        var comment = new SandboxComment { Id = NextId(), Author = author, Body = body, CreatedAt = Now, UpdatedAt = Now };
        issue.Comments.Add(comment);
        issue.UpdatedAt = Now;
        Emit("issue_comment", "created", author, repo, null, new JsonObject
        {
            ["issue"] = Shapes.Issue(repo, issue),
            ["comment"] = Shapes.Comment(repo, issue, comment),
        });
        return comment;
    }

    private void UpdateComment(SandboxRepository repo, SandboxIssue issue, SandboxComment comment, string body, SandboxUser sender)
    {
        var previous = comment.Body;
        comment.Body = body;
        comment.UpdatedAt = Now;
        Emit("issue_comment", "edited", sender, repo, null, new JsonObject
        {
            ["changes"] = new JsonObject { ["body"] = new JsonObject { ["from"] = previous } },
            ["issue"] = Shapes.Issue(repo, issue),
            ["comment"] = Shapes.Comment(repo, issue, comment),
        });
    }

    private static (SandboxIssue Issue, SandboxComment Comment)? FindComment(SandboxRepository repo, long id)
    {
        foreach (var issue in repo.Issues.Values)
        {
            var comment = issue.Comments.FirstOrDefault(c => c.Id == id);
            if (comment is not null)
            {
                return (issue, comment);
            }
        }

        return null;
    }

    private SandboxLabel EnsureLabel(SandboxRepository repo, string name)
    {
        if (!repo.Labels.TryGetValue(name, out var label))
        {
            label = new SandboxLabel { Id = NextId(), Name = name };
            repo.Labels[name] = label;
        }

        return label;
    }

    private void SetState(SandboxRepository repo, SandboxIssue issue, string state, SandboxUser sender)
    {
        issue.State = state;
        issue.ClosedAt = state == "closed" ? Now : null;
        issue.StateReason = state == "closed" ? "completed" : "reopened";
        issue.UpdatedAt = Now;
        issue.StateChanges.Add(new SandboxStateChange(NextId(), state == "closed" ? "closed" : "reopened", sender, Now, issue.StateReason));
        Emit(issue.Pull is null ? "issues" : "pull_request", state == "closed" ? "closed" : "reopened", sender, repo, null, IssueOrPullBody(repo, issue));
    }

    private JsonObject IssueOrPullBody(SandboxRepository repo, SandboxIssue issue) =>
        issue.Pull is null
            ? new JsonObject { ["issue"] = Shapes.Issue(repo, issue) }
            : new JsonObject { ["number"] = issue.Number, ["pull_request"] = PullJson(repo, issue) };

    private static SandboxIssue RequireIssue(SandboxRepository repo, int number) =>
        repo.Issues.GetValueOrDefault(number) ?? throw new SandboxApiException(404, $"no issue or pull request #{number} in {repo.FullName}");
}
