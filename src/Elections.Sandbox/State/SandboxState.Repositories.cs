using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

public sealed partial class SandboxState
{
    // ---- seeding -----------------------------------------------------------------------------

    /// <summary>Adds a repository with an initial commit holding <paramref name="files"/> (path → text).</summary>
    public SandboxRepository AddRepository(string owner, string name, IReadOnlyDictionary<string, string>? files = null, string defaultBranch = "main", bool isPrivate = false)
    {
        lock (_gate)
        {
            var ownerUser = RequireUser(owner);
            var fullName = $"{ownerUser.Login}/{name}";
            if (_repos.ContainsKey(fullName))
            {
                throw new SandboxApiException(422, $"repository {fullName} exists", "already_exists", "name", "Repository");
            }

            var repo = new SandboxRepository { Id = NextId(), Owner = ownerUser, Name = name, DefaultBranch = defaultBranch, Private = isPrivate, CreatedAt = Now };
            var tree = ImmutableDictionary.Create<string, SandboxBlob>(StringComparer.Ordinal);
            foreach (var (path, text) in files ?? new Dictionary<string, string>())
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                tree = tree.SetItem(path.TrimStart('/'), new SandboxBlob(bytes, BlobSha(bytes)));
            }

            var commit = NewCommit(repo, null, tree, "Initial commit", ownerUser);
            repo.Branches[defaultBranch] = commit.Sha;
            _repos[fullName] = repo;
            return repo;
        }
    }

    /// <summary>A push by <paramref name="actor"/>: one commit on <paramref name="branch"/> changing files (null text deletes). Emits push.</summary>
    public string Push(string owner, string name, string branch, string actor, string message, IReadOnlyDictionary<string, string?> changes)
    {
        lock (_gate)
        {
            var repo = RequireRepo(owner, name);
            var user = RequireUser(actor);
            var before = repo.Branches.GetValueOrDefault(branch) ?? repo.Branches[repo.DefaultBranch];
            var commit = NewCommit(repo, before, Apply(repo.Commits[before].Tree, changes), message, user);
            var previous = repo.Branches.GetValueOrDefault(branch);
            repo.Branches[branch] = commit.Sha;
            EmitPush(repo, branch, previous ?? new string('0', 40), commit, user);
            return commit.Sha;
        }
    }

    // ---- REST: repositories and contents -----------------------------------------------------

    public JsonObject GetRepository(string owner, string name)
    {
        lock (_gate)
        {
            return Shapes.Repository(FindRepo(owner, name) ?? throw SandboxApiException.NotFound());
        }
    }

    /// <summary>GET /orgs/{org}/repos: the organization's repositories by name (404 for an unknown organization).</summary>
    public JsonArray ListOrgRepositories(string organization)
    {
        lock (_gate)
        {
            var org = RequireOrgOr404(organization);
            return [.. _repos.Values
                .Where(r => r.Owner.Id == org.Account.Id)
                .OrderBy(r => r.FullName, StringComparer.OrdinalIgnoreCase)
                .Select(r => (JsonNode)Shapes.Repository(r))];
        }
    }

    /// <summary>GET contents: a file object, or an array for a directory.</summary>
    public JsonNode GetContent(string owner, string name, string path, string? gitRef)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var refName = string.IsNullOrEmpty(gitRef) ? repo.DefaultBranch : gitRef;
            var commit = ResolveRef(repo, refName) ?? throw new SandboxApiException(404, $"No commit found for the ref {refName}");
            path = path.Trim('/');
            if (commit.Tree.TryGetValue(path, out var blob))
            {
                return Shapes.ContentFile(repo, path, blob, refName);
            }

            var prefix = path.Length == 0 ? "" : path + "/";
            var children = commit.Tree.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (children.Count == 0)
            {
                throw SandboxApiException.NotFound();
            }

            var entries = new JsonArray();
            foreach (var group in children.GroupBy(k => k[prefix.Length..].Split('/')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var childPath = prefix + group.Key;
                var isFile = commit.Tree.TryGetValue(childPath, out var childBlob);
                entries.Add(Shapes.ContentDirectoryEntry(repo, childPath, isFile ? "file" : "dir", isFile ? childBlob!.Sha : Sha1Hex(childPath), isFile ? childBlob!.Content.Length : 0, refName));
            }

            return entries;
        }
    }

    /// <summary>GET git/ref/heads/{branch}: the branch's head commit (only branch refs are emulated).</summary>
    public JsonObject GetRef(string owner, string name, string gitRef)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var branch = gitRef.StartsWith("heads/", StringComparison.Ordinal) ? gitRef["heads/".Length..] : "";
            var sha = repo.Branches.GetValueOrDefault(branch) ?? throw SandboxApiException.NotFound();
            return Shapes.GitRef(repo, "refs/" + gitRef, sha);
        }
    }

    /// <summary>PUT contents: one commit; the blob sha guards against lost updates.</summary>
    public (JsonObject Body, bool Created) PutContent(string owner, string name, string path, byte[] content, string message, string? sha, string? branch, string? committerName, string? committerEmail)
    {
        lock (_gate)
        {
            var repo = FindRepo(owner, name) ?? throw SandboxApiException.NotFound();
            var branchName = string.IsNullOrEmpty(branch) ? repo.DefaultBranch : branch;
            var head = repo.Branches.GetValueOrDefault(branchName) ?? throw new SandboxApiException(404, $"Branch {branchName} not found");
            path = path.Trim('/');
            var tree = repo.Commits[head].Tree;
            var exists = tree.TryGetValue(path, out var current);
            if (exists && string.IsNullOrEmpty(sha))
            {
                throw new SandboxApiException(422, "Invalid request.\n\n\"sha\" wasn't supplied.", "missing_field", "sha", "Content");
            }

            if ((exists && current!.Sha != sha) || (!exists && !string.IsNullOrEmpty(sha)))
            {
                throw new SandboxApiException(409, $"{path} does not match {sha}");
            }

            var blob = new SandboxBlob(content, BlobSha(content));
            var author = committerName is null ? Caller : new SandboxUser { Id = 0, Login = committerName, CreatedAt = Now };
            var commit = NewCommit(repo, head, ((ImmutableDictionary<string, SandboxBlob>)tree).SetItem(path, blob), message, author, committerEmail);
            repo.Branches[branchName] = commit.Sha;
            EmitPush(repo, branchName, head, commit, Caller);
            SynchronizePulls(repo, branchName, head, commit.Sha);
            return (Shapes.FileCommit(repo, path, blob, commit, branchName), !exists);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private SandboxCommit NewCommit(SandboxRepository repo, string? parent, IReadOnlyDictionary<string, SandboxBlob> tree, string message, SandboxUser author, string? email = null, string? secondParent = null)
    {
        var sha = Sha1Hex($"{repo.FullName}\n{parent}\n{message}\n{++_commitCounter}\n{string.Join(',', tree.Select(t => t.Key + "=" + t.Value.Sha))}");
        var commit = new SandboxCommit
        {
            Sha = sha,
            Parent = parent,
            SecondParent = secondParent,
            Tree = tree,
            Message = message,
            AuthorName = author.Login,
            AuthorEmail = email ?? $"{author.Id}+{author.Login}@users.noreply.github.com",
            Date = Now,
        };
        repo.Commits[sha] = commit;
        repo.PushedAt = Now;
        return commit;
    }

    private static ImmutableDictionary<string, SandboxBlob> Apply(IReadOnlyDictionary<string, SandboxBlob> tree, IReadOnlyDictionary<string, string?> changes)
    {
        var result = (ImmutableDictionary<string, SandboxBlob>)tree;
        foreach (var (path, text) in changes)
        {
            var key = path.TrimStart('/');
            if (text is null)
            {
                result = result.Remove(key);
            }
            else
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                result = result.SetItem(key, new SandboxBlob(bytes, BlobSha(bytes)));
            }
        }

        return result;
    }

    private static SandboxCommit? ResolveRef(SandboxRepository repo, string gitRef)
    {
        var name = gitRef.StartsWith("refs/heads/", StringComparison.Ordinal) ? gitRef["refs/heads/".Length..] : gitRef;
        if (repo.Branches.TryGetValue(name, out var sha))
        {
            return repo.Commits[sha];
        }

        return repo.Commits.GetValueOrDefault(gitRef);
    }

    private void EmitPush(SandboxRepository repo, string branch, string before, SandboxCommit commit, SandboxUser pusher)
    {
        var commitJson = new JsonObject
        {
            ["id"] = commit.Sha,
            ["tree_id"] = commit.Sha,
            ["distinct"] = true,
            ["message"] = commit.Message,
            ["timestamp"] = Shapes.Time(commit.Date),
            ["url"] = $"{Shapes.Html}/{repo.FullName}/commit/{commit.Sha}",
            ["author"] = new JsonObject { ["name"] = commit.AuthorName, ["email"] = commit.AuthorEmail, ["username"] = commit.AuthorName },
            ["committer"] = new JsonObject { ["name"] = commit.AuthorName, ["email"] = commit.AuthorEmail, ["username"] = commit.AuthorName },
            ["added"] = new JsonArray(),
            ["removed"] = new JsonArray(),
            ["modified"] = new JsonArray(),
        };
        if (commit.Parent is { } parent)
        {
            foreach (var change in Diff(repo.Commits[parent].Tree, commit.Tree))
            {
                var list = change.Status switch { "added" => "added", "removed" => "removed", _ => "modified" };
                commitJson[list]!.AsArray().Add(change.Path);
            }
        }

        Emit("push", null, pusher, repo, null, new JsonObject
        {
            ["ref"] = "refs/heads/" + branch,
            ["before"] = before,
            ["after"] = commit.Sha,
            ["created"] = before.All(c => c == '0'),
            ["deleted"] = false,
            ["forced"] = false,
            ["base_ref"] = null,
            ["compare"] = $"{Shapes.Html}/{repo.FullName}/compare/{before[..12]}...{commit.Sha[..12]}",
            ["commits"] = new JsonArray(commitJson.DeepClone()),
            ["head_commit"] = commitJson,
            ["pusher"] = new JsonObject { ["name"] = pusher.Login, ["email"] = null },
        });
    }

    /// <summary>The changed files between two trees.</summary>
    internal static List<PullFileChange> Diff(IReadOnlyDictionary<string, SandboxBlob> before, IReadOnlyDictionary<string, SandboxBlob> after)
    {
        var changes = new List<PullFileChange>();
        foreach (var path in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var had = before.TryGetValue(path, out var old);
            var has = after.TryGetValue(path, out var now);
            if (had && has && old!.Sha == now!.Sha)
            {
                continue;
            }

            var oldLines = had ? Lines(old!.Content) : [];
            var newLines = has ? Lines(now!.Content) : [];
            var (added, removed) = CountLineChanges(oldLines, newLines);
            changes.Add(new PullFileChange(path, !had ? "added" : !has ? "removed" : "modified", has ? now!.Sha : null, added, removed));
        }

        return changes;
    }

    private static string[] Lines(byte[] content) =>
        content.Length == 0 ? [] : Encoding.UTF8.GetString(content).TrimEnd('\n').Split('\n');

    private static (int Added, int Removed) CountLineChanges(string[] oldLines, string[] newLines)
    {
        var remaining = oldLines.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var added = 0;
        foreach (var line in newLines)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
            {
                remaining[line] = count - 1;
            }
            else
            {
                added++;
            }
        }

        return (added, remaining.Values.Sum());
    }

    private SandboxRepository? FindRepo(string owner, string name) => _repos.GetValueOrDefault($"{owner}/{name}");

    private SandboxRepository RequireRepo(string owner, string name) =>
        FindRepo(owner, name) ?? throw new SandboxApiException(404, $"no repository {owner}/{name}; seed it first (POST /_sandbox/repos)");
}
