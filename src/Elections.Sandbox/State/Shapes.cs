using System.Globalization;
using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

/// <summary>
/// Renders the model as GitHub's JSON, with every field GitHub's OpenAPI description marks as
/// required (the contract tests check each response against it).
/// </summary>
public sealed class Shapes(string apiBase)
{
    private static readonly DateTimeOffset AppCreated = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public string Api { get; } = apiBase.TrimEnd('/');

    public string Html => Api + "/html";

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static JsonNode? Time(DateTimeOffset? time) => time is { } t ? Time(t) : null;

    public static string NodeId(string kind, long id) => Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes($"{kind}:{id}"));

    public JsonObject User(SandboxUser? user)
    {
        if (user is null || user.Deleted)
        {
            user = SandboxState.GhostUser;
        }

        var url = $"{Api}/users/{user.Login}";
        return new JsonObject
        {
            ["login"] = user.Login,
            ["id"] = user.Id,
            ["node_id"] = NodeId("U", user.Id),
            ["avatar_url"] = $"{Html}/avatars/{user.Id}",
            ["gravatar_id"] = "",
            ["url"] = url,
            ["html_url"] = $"{Html}/{user.Login}",
            ["followers_url"] = url + "/followers",
            ["following_url"] = url + "/following{/other_user}",
            ["gists_url"] = url + "/gists{/gist_id}",
            ["starred_url"] = url + "/starred{/owner}{/repo}",
            ["subscriptions_url"] = url + "/subscriptions",
            ["organizations_url"] = url + "/orgs",
            ["repos_url"] = url + "/repos",
            ["events_url"] = url + "/events{/privacy}",
            ["received_events_url"] = url + "/received_events",
            ["type"] = user.Type,
            ["user_view_type"] = "public",
            ["site_admin"] = false,
        };
    }

    public JsonObject PublicUser(SandboxUser user)
    {
        var json = User(user);
        json["name"] = user.Name;
        json["company"] = null;
        json["blog"] = "";
        json["location"] = null;
        json["email"] = user.Email;
        json["hireable"] = null;
        json["bio"] = null;
        json["public_repos"] = 0;
        json["public_gists"] = 0;
        json["followers"] = 0;
        json["following"] = 0;
        json["created_at"] = Time(user.CreatedAt);
        json["updated_at"] = Time(user.CreatedAt);
        return json;
    }

    public JsonObject OrganizationSimple(SandboxOrganization org)
    {
        var login = org.Account.Login;
        var url = $"{Api}/orgs/{login}";
        return new JsonObject
        {
            ["login"] = login,
            ["id"] = org.Account.Id,
            ["node_id"] = NodeId("O", org.Account.Id),
            ["url"] = url,
            ["repos_url"] = url + "/repos",
            ["events_url"] = url + "/events",
            ["hooks_url"] = url + "/hooks",
            ["issues_url"] = url + "/issues",
            ["members_url"] = url + "/members{/member}",
            ["public_members_url"] = url + "/public_members{/member}",
            ["avatar_url"] = $"{Html}/avatars/{org.Account.Id}",
            ["description"] = null,
        };
    }

    public JsonObject TeamOrganization(SandboxOrganization org)
    {
        var json = OrganizationSimple(org);
        json["html_url"] = $"{Html}/{org.Account.Login}";
        json["has_organization_projects"] = true;
        json["has_repository_projects"] = true;
        json["public_repos"] = 0;
        json["public_gists"] = 0;
        json["followers"] = 0;
        json["following"] = 0;
        json["type"] = "Organization";
        json["created_at"] = Time(org.Account.CreatedAt);
        json["updated_at"] = Time(org.Account.CreatedAt);
        json["archived_at"] = null;
        return json;
    }

    public JsonObject OrgMembership(SandboxOrganization org, SandboxUser user, string state, string role) => new()
    {
        ["url"] = $"{Api}/orgs/{org.Account.Login}/memberships/{user.Login}",
        ["state"] = state,
        ["role"] = role,
        ["organization_url"] = $"{Api}/orgs/{org.Account.Login}",
        ["organization"] = OrganizationSimple(org),
        ["user"] = User(user),
    };

    public JsonObject Invitation(SandboxOrganization org, SandboxInvitation invitation, SandboxUser invitee, SandboxUser inviter)
    {
        var json = new JsonObject
        {
            ["id"] = invitation.Id,
            ["node_id"] = NodeId("OI", invitation.Id),
            ["login"] = invitee.Deleted ? null : invitee.Login,
            ["email"] = null,
            ["role"] = invitation.Role,
            ["created_at"] = Time(invitation.CreatedAt),
            ["inviter"] = User(inviter),
            ["team_count"] = invitation.TeamIds.Count,
            ["invitation_teams_url"] = $"{Api}/organizations/{org.Account.Id}/invitations/{invitation.Id}/teams",
            ["invitation_source"] = "member",
        };
        if (invitation.FailedAt is { } failed)
        {
            json["failed_at"] = Time(failed);
            json["failed_reason"] = invitation.FailedReason;
        }

        return json;
    }

    public JsonObject TeamSimple(SandboxOrganization org, SandboxTeam team)
    {
        var url = $"{Api}/organizations/{org.Account.Id}/team/{team.Id}";
        return new JsonObject
        {
            ["id"] = team.Id,
            ["node_id"] = NodeId("T", team.Id),
            ["url"] = url,
            ["html_url"] = $"{Html}/orgs/{org.Account.Login}/teams/{team.Slug}",
            ["name"] = team.Name,
            ["slug"] = team.Slug,
            ["description"] = team.Description,
            ["privacy"] = "closed",
            ["notification_setting"] = "notifications_enabled",
            ["permission"] = "pull",
            ["members_url"] = url + "/members{/member}",
            ["repositories_url"] = url + "/repos",
            ["type"] = "organization",
            ["parent"] = null,
        };
    }

    public JsonObject TeamFull(SandboxOrganization org, SandboxTeam team)
    {
        var json = TeamSimple(org, team);
        json.Remove("parent");
        json["members_count"] = team.Members.Count;
        json["repos_count"] = 0;
        json["created_at"] = Time(team.CreatedAt);
        json["updated_at"] = Time(team.CreatedAt);
        json["organization"] = TeamOrganization(org);
        return json;
    }

    public JsonObject TeamMembership(SandboxOrganization org, SandboxTeam team, SandboxUser user, string state, string role) => new()
    {
        ["url"] = $"{Api}/organizations/{org.Account.Id}/team/{team.Id}/memberships/{user.Login}",
        ["role"] = role,
        ["state"] = state,
    };

    public JsonObject Repository(SandboxRepository repo)
    {
        var url = $"{Api}/repos/{repo.FullName}";
        var html = $"{Html}/{repo.FullName}";
        var open = repo.Issues.Values.Count(i => i.State == "open");
        var json = new JsonObject
        {
            ["id"] = repo.Id,
            ["node_id"] = NodeId("R", repo.Id),
            ["name"] = repo.Name,
            ["full_name"] = repo.FullName,
            ["owner"] = User(repo.Owner),
            ["private"] = repo.Private,
            ["html_url"] = html,
            ["description"] = null,
            ["fork"] = false,
            ["url"] = url,
            ["clone_url"] = html + ".git",
            ["git_url"] = html.Replace("http", "git", StringComparison.Ordinal) + ".git",
            ["ssh_url"] = $"git@sandbox:{repo.FullName}.git",
            ["svn_url"] = html,
            ["mirror_url"] = null,
            ["homepage"] = null,
            ["language"] = null,
            ["default_branch"] = repo.DefaultBranch,
            ["forks"] = 0,
            ["forks_count"] = 0,
            ["stargazers_count"] = 0,
            ["watchers"] = 0,
            ["watchers_count"] = 0,
            ["size"] = 0,
            ["open_issues"] = open,
            ["open_issues_count"] = open,
            ["has_downloads"] = true,
            ["has_issues"] = true,
            ["has_projects"] = false,
            ["has_wiki"] = false,
            ["has_pages"] = false,
            ["has_discussions"] = false,
            ["network_count"] = 0,
            ["subscribers_count"] = 0,
            ["archived"] = false,
            ["disabled"] = false,
            ["visibility"] = repo.Private ? "private" : "public",
            ["license"] = null,
            ["pushed_at"] = Time(repo.PushedAt ?? repo.CreatedAt),
            ["created_at"] = Time(repo.CreatedAt),
            ["updated_at"] = Time(repo.PushedAt ?? repo.CreatedAt),
        };
        string[] plain = ["contributors", "deployments", "downloads", "events", "forks", "hooks", "languages", "merges", "stargazers", "subscribers", "subscription", "tags", "teams"];
        foreach (var name in plain)
        {
            json[name + "_url"] = $"{url}/{name}";
        }

        (string Field, string Suffix)[] templated =
        [
            ("archive_url", "/{archive_format}{/ref}"), ("assignees_url", "/assignees{/user}"), ("blobs_url", "/git/blobs{/sha}"),
            ("branches_url", "/branches{/branch}"), ("collaborators_url", "/collaborators{/collaborator}"), ("comments_url", "/comments{/number}"),
            ("commits_url", "/commits{/sha}"), ("compare_url", "/compare/{base}...{head}"), ("contents_url", "/contents/{+path}"),
            ("git_commits_url", "/git/commits{/sha}"), ("git_refs_url", "/git/refs{/sha}"), ("git_tags_url", "/git/tags{/sha}"),
            ("issue_comment_url", "/issues/comments{/number}"), ("issue_events_url", "/issues/events{/number}"), ("issues_url", "/issues{/number}"),
            ("keys_url", "/keys{/key_id}"), ("labels_url", "/labels{/name}"), ("milestones_url", "/milestones{/number}"),
            ("notifications_url", "/notifications{?since,all,participating}"), ("pulls_url", "/pulls{/number}"), ("releases_url", "/releases{/id}"),
            ("statuses_url", "/statuses/{sha}"), ("trees_url", "/git/trees{/sha}"),
        ];
        foreach (var (field, suffix) in templated)
        {
            json[field] = url + suffix;
        }

        return json;
    }

    public JsonObject Label(SandboxRepository repo, SandboxLabel label) => new()
    {
        ["id"] = label.Id,
        ["node_id"] = NodeId("L", label.Id),
        ["url"] = $"{Api}/repos/{repo.FullName}/labels/{Uri.EscapeDataString(label.Name)}",
        ["name"] = label.Name,
        ["description"] = label.Description,
        ["color"] = label.Color,
        ["default"] = label.Default,
    };

    public JsonArray Labels(SandboxRepository repo, IEnumerable<SandboxLabel> labels) => [.. labels.Select(l => (JsonNode)Label(repo, l))];

    public JsonObject Issue(SandboxRepository repo, SandboxIssue issue)
    {
        var url = $"{Api}/repos/{repo.FullName}/issues/{issue.Number}";
        var json = new JsonObject
        {
            ["id"] = issue.Id,
            ["node_id"] = NodeId("I", issue.Id),
            ["url"] = url,
            ["repository_url"] = $"{Api}/repos/{repo.FullName}",
            ["labels_url"] = url + "/labels{/name}",
            ["comments_url"] = url + "/comments",
            ["events_url"] = url + "/events",
            ["html_url"] = $"{Html}/{repo.FullName}/{(issue.Pull is null ? "issues" : "pull")}/{issue.Number}",
            ["number"] = issue.Number,
            ["state"] = issue.State,
            ["state_reason"] = issue.StateReason,
            ["title"] = issue.Title,
            ["body"] = issue.Body,
            ["user"] = User(issue.Author),
            ["labels"] = Labels(repo, issue.Labels),
            ["assignee"] = null,
            ["assignees"] = new JsonArray(),
            ["milestone"] = null,
            ["locked"] = issue.Locked,
            ["active_lock_reason"] = issue.LockReason,
            ["comments"] = issue.Comments.Count,
            ["closed_at"] = Time(issue.ClosedAt),
            ["created_at"] = Time(issue.CreatedAt),
            ["updated_at"] = Time(issue.UpdatedAt),
            ["author_association"] = "NONE",
        };
        if (issue.Pull is { } pull)
        {
            json["pull_request"] = new JsonObject
            {
                ["url"] = $"{Api}/repos/{repo.FullName}/pulls/{issue.Number}",
                ["html_url"] = $"{Html}/{repo.FullName}/pull/{issue.Number}",
                ["diff_url"] = $"{Html}/{repo.FullName}/pull/{issue.Number}.diff",
                ["patch_url"] = $"{Html}/{repo.FullName}/pull/{issue.Number}.patch",
                ["merged_at"] = Time(pull.MergedAt),
            };
        }

        return json;
    }

    /// <summary>A state-change-issue-event on the timeline.</summary>
    public JsonObject StateChange(SandboxRepository repo, SandboxStateChange change) => new()
    {
        ["id"] = change.Id,
        ["node_id"] = NodeId("SCE", change.Id),
        ["url"] = $"{Api}/repos/{repo.FullName}/issues/events/{change.Id}",
        ["actor"] = User(change.Actor),
        ["event"] = change.Event,
        ["commit_id"] = null,
        ["commit_url"] = null,
        ["created_at"] = Time(change.CreatedAt),
        ["performed_via_github_app"] = null,
        ["state_reason"] = change.StateReason,
    };

    public JsonObject Comment(SandboxRepository repo, SandboxIssue issue, SandboxComment comment) => new()
    {
        ["id"] = comment.Id,
        ["node_id"] = NodeId("IC", comment.Id),
        ["url"] = $"{Api}/repos/{repo.FullName}/issues/comments/{comment.Id}",
        ["html_url"] = $"{Html}/{repo.FullName}/issues/{issue.Number}#issuecomment-{comment.Id}",
        ["issue_url"] = $"{Api}/repos/{repo.FullName}/issues/{issue.Number}",
        ["body"] = comment.Body,
        ["user"] = User(comment.Author),
        ["created_at"] = Time(comment.CreatedAt),
        ["updated_at"] = Time(comment.UpdatedAt),
        ["author_association"] = "NONE",
    };

    public JsonObject PullRequest(SandboxRepository repo, SandboxIssue issue, int changedFiles, int additions, int deletions)
    {
        var pull = issue.Pull!;
        var url = $"{Api}/repos/{repo.FullName}/pulls/{issue.Number}";
        var html = $"{Html}/{repo.FullName}/pull/{issue.Number}";
        var issueUrl = $"{Api}/repos/{repo.FullName}/issues/{issue.Number}";
        JsonObject Link(string href) => new() { ["href"] = href };
        JsonObject Branch(string branch, string sha) => new()
        {
            ["label"] = $"{repo.Owner.Login}:{branch}",
            ["ref"] = branch,
            ["sha"] = sha,
            ["user"] = User(repo.Owner),
            ["repo"] = Repository(repo),
        };
        return new JsonObject
        {
            ["url"] = url,
            ["id"] = pull.Id,
            ["node_id"] = NodeId("PR", pull.Id),
            ["html_url"] = html,
            ["diff_url"] = html + ".diff",
            ["patch_url"] = html + ".patch",
            ["issue_url"] = issueUrl,
            ["commits_url"] = url + "/commits",
            ["review_comments_url"] = url + "/comments",
            ["review_comment_url"] = $"{Api}/repos/{repo.FullName}/pulls/comments{{/number}}",
            ["comments_url"] = issueUrl + "/comments",
            ["statuses_url"] = $"{Api}/repos/{repo.FullName}/statuses/{pull.HeadSha}",
            ["number"] = issue.Number,
            ["state"] = issue.State,
            ["locked"] = issue.Locked,
            ["active_lock_reason"] = issue.LockReason,
            ["title"] = issue.Title,
            ["user"] = User(issue.Author),
            ["body"] = issue.Body,
            ["labels"] = Labels(repo, issue.Labels),
            ["milestone"] = null,
            ["created_at"] = Time(issue.CreatedAt),
            ["updated_at"] = Time(issue.UpdatedAt),
            ["closed_at"] = Time(issue.ClosedAt),
            ["merged_at"] = Time(pull.MergedAt),
            ["merge_commit_sha"] = pull.MergeCommitSha,
            ["assignee"] = null,
            ["assignees"] = new JsonArray(),
            ["requested_reviewers"] = new JsonArray(),
            ["requested_teams"] = new JsonArray(),
            ["head"] = Branch(pull.HeadRef, pull.HeadSha),
            ["base"] = Branch(pull.BaseRef, pull.BaseSha),
            ["_links"] = new JsonObject
            {
                ["self"] = Link(url),
                ["html"] = Link(html),
                ["issue"] = Link(issueUrl),
                ["comments"] = Link(issueUrl + "/comments"),
                ["review_comments"] = Link(url + "/comments"),
                ["review_comment"] = Link($"{Api}/repos/{repo.FullName}/pulls/comments{{/number}}"),
                ["commits"] = Link(url + "/commits"),
                ["statuses"] = Link($"{Api}/repos/{repo.FullName}/statuses/{pull.HeadSha}"),
            },
            ["author_association"] = "NONE",
            ["auto_merge"] = null,
            ["draft"] = pull.Draft,
            ["merged"] = pull.Merged,
            ["mergeable"] = issue.State == "open" ? pull.Mergeable : null,
            ["rebaseable"] = issue.State == "open" ? pull.Mergeable : null,
            ["mergeable_state"] = issue.State != "open" ? "unknown" : pull.Mergeable ? "clean" : "dirty",
            ["merged_by"] = pull.MergedBy is null ? null : User(pull.MergedBy),
            ["comments"] = issue.Comments.Count,
            ["review_comments"] = 0,
            ["maintainer_can_modify"] = false,
            ["commits"] = pull.CommitCount,
            ["additions"] = additions,
            ["deletions"] = deletions,
            ["changed_files"] = changedFiles,
        };
    }

    public JsonObject Review(SandboxRepository repo, SandboxIssue issue, SandboxReview review)
    {
        var html = $"{Html}/{repo.FullName}/pull/{issue.Number}#pullrequestreview-{review.Id}";
        var pullUrl = $"{Api}/repos/{repo.FullName}/pulls/{issue.Number}";
        return new JsonObject
        {
            ["id"] = review.Id,
            ["node_id"] = NodeId("PRR", review.Id),
            ["user"] = User(review.User),
            ["body"] = review.Body,
            ["state"] = review.State,
            ["html_url"] = html,
            ["pull_request_url"] = pullUrl,
            ["_links"] = new JsonObject
            {
                ["html"] = new JsonObject { ["href"] = html },
                ["pull_request"] = new JsonObject { ["href"] = pullUrl },
            },
            ["submitted_at"] = Time(review.SubmittedAt),
            ["commit_id"] = review.CommitId,
            ["author_association"] = "NONE",
        };
    }

    public JsonObject DiffEntry(SandboxRepository repo, string headSha, PullFileChange change)
    {
        var json = new JsonObject
        {
            ["sha"] = change.Sha,
            ["filename"] = change.Path,
            ["status"] = change.Status,
            ["additions"] = change.Additions,
            ["deletions"] = change.Deletions,
            ["changes"] = change.Additions + change.Deletions,
            ["blob_url"] = $"{Html}/{repo.FullName}/blob/{headSha}/{change.Path}",
            ["raw_url"] = $"{Html}/{repo.FullName}/raw/{headSha}/{change.Path}",
            ["contents_url"] = $"{Api}/repos/{repo.FullName}/contents/{change.Path}?ref={headSha}",
        };
        if (change.PreviousPath is { } previous)
        {
            json["previous_filename"] = previous;
        }

        return json;
    }

    public JsonObject ContentFile(SandboxRepository repo, string path, SandboxBlob blob, string gitRef)
    {
        var self = $"{Api}/repos/{repo.FullName}/contents/{path}?ref={gitRef}";
        var git = $"{Api}/repos/{repo.FullName}/git/blobs/{blob.Sha}";
        var html = $"{Html}/{repo.FullName}/blob/{gitRef}/{path}";
        var base64 = Convert.ToBase64String(blob.Content, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n", StringComparison.Ordinal);
        return new JsonObject
        {
            ["type"] = "file",
            ["encoding"] = "base64",
            ["size"] = blob.Content.Length,
            ["name"] = path.Split('/')[^1],
            ["path"] = path,
            ["content"] = base64 + "\n",
            ["sha"] = blob.Sha,
            ["url"] = self,
            ["git_url"] = git,
            ["html_url"] = html,
            ["download_url"] = $"{Html}/{repo.FullName}/raw/{gitRef}/{path}",
            ["_links"] = new JsonObject { ["self"] = self, ["git"] = git, ["html"] = html },
        };
    }

    public JsonObject GitRef(SandboxRepository repo, string fullRef, string sha) => new()
    {
        ["ref"] = fullRef,
        ["node_id"] = NodeId("REF", sha.GetHashCode(StringComparison.Ordinal)),
        ["url"] = $"{Api}/repos/{repo.FullName}/git/{fullRef}",
        ["object"] = new JsonObject { ["type"] = "commit", ["sha"] = sha, ["url"] = $"{Api}/repos/{repo.FullName}/git/commits/{sha}" },
    };

    public JsonObject ContentDirectoryEntry(SandboxRepository repo, string path, string type, string sha, long size, string gitRef)
    {
        var self = $"{Api}/repos/{repo.FullName}/contents/{path}?ref={gitRef}";
        var git = $"{Api}/repos/{repo.FullName}/git/{(type == "dir" ? "trees" : "blobs")}/{sha}";
        var html = $"{Html}/{repo.FullName}/{(type == "dir" ? "tree" : "blob")}/{gitRef}/{path}";
        return new JsonObject
        {
            ["type"] = type,
            ["size"] = size,
            ["name"] = path.Split('/')[^1],
            ["path"] = path,
            ["sha"] = sha,
            ["url"] = self,
            ["git_url"] = git,
            ["html_url"] = html,
            ["download_url"] = type == "dir" ? null : $"{Html}/{repo.FullName}/raw/{gitRef}/{path}",
            ["_links"] = new JsonObject { ["self"] = self, ["git"] = git, ["html"] = html },
        };
    }

    /// <summary>The <paramref name="index"/>th commit of a pull request, authored by its author with <paramref name="email"/>.</summary>
    public JsonObject PullCommit(SandboxRepository repo, SandboxIssue issue, int index, string email)
    {
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{repo.FullName}#{issue.Number}/{index}")))[..40];
        JsonObject Person() => new() { ["name"] = issue.Author.Name ?? issue.Author.Login, ["email"] = email, ["date"] = Time(issue.CreatedAt) };
        return new JsonObject
        {
            ["url"] = $"{Api}/repos/{repo.FullName}/commits/{sha}",
            ["sha"] = sha,
            ["node_id"] = NodeId("C", $"{repo.FullName}#{issue.Number}/{index}".GetHashCode(StringComparison.Ordinal)),
            ["html_url"] = $"{Html}/{repo.FullName}/commit/{sha}",
            ["comments_url"] = $"{Api}/repos/{repo.FullName}/commits/{sha}/comments",
            ["commit"] = new JsonObject
            {
                ["url"] = $"{Api}/repos/{repo.FullName}/git/commits/{sha}",
                ["author"] = Person(),
                ["committer"] = Person(),
                ["message"] = $"Change {index} of #{issue.Number}",
                ["comment_count"] = 0,
                ["tree"] = new JsonObject { ["sha"] = sha, ["url"] = $"{Api}/repos/{repo.FullName}/git/trees/{sha}" },
            },
            ["author"] = User(issue.Author),
            ["committer"] = User(issue.Author),
            ["parents"] = new JsonArray(),
        };
    }

    public JsonObject FileCommit(SandboxRepository repo, string path, SandboxBlob blob, SandboxCommit commit, string branch)
    {
        JsonObject Person() => new() { ["date"] = Time(commit.Date), ["name"] = commit.AuthorName, ["email"] = commit.AuthorEmail };
        var content = ContentFile(repo, path, blob, branch);
        content.Remove("content");
        content.Remove("encoding");
        return new JsonObject
        {
            ["content"] = content,
            ["commit"] = new JsonObject
            {
                ["sha"] = commit.Sha,
                ["node_id"] = NodeId("C", commit.Sha.GetHashCode(StringComparison.Ordinal)),
                ["url"] = $"{Api}/repos/{repo.FullName}/git/commits/{commit.Sha}",
                ["html_url"] = $"{Html}/{repo.FullName}/commit/{commit.Sha}",
                ["author"] = Person(),
                ["committer"] = Person(),
                ["message"] = commit.Message,
                ["tree"] = new JsonObject { ["url"] = $"{Api}/repos/{repo.FullName}/git/trees/{commit.Sha}", ["sha"] = commit.Sha },
                ["parents"] = new JsonArray(commit.Parent is null ? [] : [new JsonObject { ["url"] = $"{Api}/repos/{repo.FullName}/git/commits/{commit.Parent}", ["html_url"] = $"{Html}/{repo.FullName}/commit/{commit.Parent}", ["sha"] = commit.Parent }]),
                ["verification"] = new JsonObject { ["verified"] = false, ["reason"] = "unsigned", ["signature"] = null, ["payload"] = null, ["verified_at"] = null },
            },
        };
    }

    public JsonObject CheckRun(SandboxRepository repo, SandboxCheckRun run, SandboxUser bot, long appId)
    {
        var url = $"{Api}/repos/{repo.FullName}/check-runs/{run.Id}";
        return new JsonObject
        {
            ["id"] = run.Id,
            ["head_sha"] = run.HeadSha,
            ["node_id"] = NodeId("CR", run.Id),
            ["external_id"] = run.ExternalId ?? "",
            ["url"] = url,
            ["html_url"] = $"{Html}/{repo.FullName}/runs/{run.Id}",
            ["details_url"] = run.DetailsUrl ?? $"{Html}/{repo.FullName}/runs/{run.Id}",
            ["status"] = run.Status,
            ["conclusion"] = run.Conclusion,
            ["started_at"] = Time(run.StartedAt),
            ["completed_at"] = Time(run.CompletedAt),
            ["output"] = new JsonObject
            {
                ["title"] = run.Title,
                ["summary"] = run.Summary,
                ["text"] = run.Text,
                ["annotations_count"] = 0,
                ["annotations_url"] = url + "/annotations",
            },
            ["name"] = run.Name,
            ["check_suite"] = new JsonObject { ["id"] = run.Id },
            ["app"] = new JsonObject
            {
                ["id"] = appId,
                ["slug"] = bot.Login.Replace("[bot]", "", StringComparison.Ordinal),
                ["node_id"] = NodeId("A", appId),
                ["owner"] = User(bot),
                ["name"] = bot.Login.Replace("[bot]", "", StringComparison.Ordinal),
                ["description"] = "Elections (Sandbox)",
                ["external_url"] = Html,
                ["html_url"] = $"{Html}/apps/{appId}",
                ["created_at"] = Time(AppCreated),
                ["updated_at"] = Time(AppCreated),
                ["permissions"] = new JsonObject { ["checks"] = "write", ["contents"] = "write", ["issues"] = "write", ["pull_requests"] = "write", ["members"] = "write" },
                ["events"] = new JsonArray("pull_request", "issue_comment", "push", "membership", "organization"),
            },
            ["pull_requests"] = new JsonArray(),
        };
    }
}

/// <summary>One changed file of a pull request (head tree vs base tree).</summary>
public sealed record PullFileChange(string Path, string Status, string? Sha, int Additions, int Deletions, string? PreviousPath = null);
