namespace Elections.Sandbox.State;

// The Sandbox's in-memory model of GitHub. Guarded by SandboxState's lock; never handed out unlocked.

/// <summary>A user, bot or organization account.</summary>
public sealed class SandboxUser
{
    public required long Id { get; init; }

    public required string Login { get; set; }

    /// <summary>User, Bot or Organization.</summary>
    public string Type { get; init; } = "User";

    public string? Name { get; set; }

    /// <summary>Never sent in webhooks; only in the public profile when set.</summary>
    public string? Email { get; set; }

    /// <summary>A deleted account: 404 on lookups, shown as ghost on its content.</summary>
    public bool Deleted { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>An organization with members, invitations, blocks and teams.</summary>
public sealed class SandboxOrganization
{
    public required SandboxUser Account { get; init; }

    /// <summary>User id → role (member or admin).</summary>
    public Dictionary<long, string> Members { get; } = [];

    public List<SandboxInvitation> Invitations { get; } = [];

    public HashSet<long> Blocked { get; } = [];

    public Dictionary<string, SandboxTeam> Teams { get; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>An invitation to an organization; expires after seven days like GitHub's.</summary>
public sealed class SandboxInvitation
{
    public required long Id { get; init; }

    public required long InviteeId { get; init; }

    public required string Role { get; init; }

    public required long InviterId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public List<long> TeamIds { get; } = [];

    public DateTimeOffset? FailedAt { get; set; }

    public string? FailedReason { get; set; }

    public bool Cancelled { get; set; }

    public bool Accepted { get; set; }

    public bool IsPending => !Cancelled && !Accepted && FailedAt is null;
}

/// <summary>A team.</summary>
public sealed class SandboxTeam
{
    public required long Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>User id → role (member or maintainer), active members only.</summary>
    public Dictionary<long, string> Members { get; } = [];
}

/// <summary>A file's bytes and blob sha.</summary>
public sealed record SandboxBlob(byte[] Content, string Sha);

/// <summary>A commit: a full tree snapshot (path → blob) and its parent.</summary>
public sealed class SandboxCommit
{
    public required string Sha { get; init; }

    public string? Parent { get; init; }

    public string? SecondParent { get; init; }

    public required IReadOnlyDictionary<string, SandboxBlob> Tree { get; init; }

    public required string Message { get; init; }

    public required string AuthorName { get; init; }

    public required string AuthorEmail { get; init; }

    public required DateTimeOffset Date { get; init; }
}

/// <summary>A repository with branches, commits, issues and pull requests.</summary>
public sealed class SandboxRepository
{
    public required long Id { get; init; }

    public required SandboxUser Owner { get; init; }

    public required string Name { get; init; }

    public required string DefaultBranch { get; set; }

    public bool Private { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PushedAt { get; set; }

    public string FullName => $"{Owner.Login}/{Name}";

    public Dictionary<string, string> Branches { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SandboxCommit> Commits { get; } = new(StringComparer.Ordinal);

    /// <summary>Issues and pull requests share one numbering, as on GitHub.</summary>
    public SortedDictionary<int, SandboxIssue> Issues { get; } = [];

    public Dictionary<string, SandboxLabel> Labels { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<long, SandboxCheckRun> CheckRuns { get; } = [];

    public int LastNumber { get; set; }
}

/// <summary>A label.</summary>
public sealed class SandboxLabel
{
    public required long Id { get; init; }

    public required string Name { get; set; }

    public string Color { get; set; } = "ededed";

    public string? Description { get; set; }

    public bool Default { get; init; }
}

/// <summary>An issue; with <see cref="Pull"/> set it is a pull request.</summary>
public sealed class SandboxIssue
{
    public required long Id { get; init; }

    public required int Number { get; init; }

    public required string Title { get; set; }

    public string? Body { get; set; }

    public required SandboxUser Author { get; init; }

    public string State { get; set; } = "open";

    public string? StateReason { get; set; }

    public bool Locked { get; set; }

    public string? LockReason { get; set; }

    /// <summary>Pinned to the repository's issue list (GraphQL pinIssue; REST does not show it).</summary>
    public bool Pinned { get; set; }

    public List<SandboxLabel> Labels { get; } = [];

    public List<SandboxComment> Comments { get; } = [];

    /// <summary>The state changes on its timeline (closed, reopened, merged), oldest first.</summary>
    public List<SandboxStateChange> StateChanges { get; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public SandboxPull? Pull { get; set; }
}

/// <summary>The pull-request side of an issue.</summary>
public sealed class SandboxPull
{
    public required long Id { get; init; }

    public required string HeadRef { get; init; }

    public required string HeadSha { get; set; }

    public required string BaseRef { get; init; }

    /// <summary>The base commit the head branched from (the changed files are head vs this).</summary>
    public required string BaseSha { get; set; }

    public bool Draft { get; set; }

    public bool Mergeable { get; set; } = true;

    public bool Merged { get; set; }

    public DateTimeOffset? MergedAt { get; set; }

    public SandboxUser? MergedBy { get; set; }

    public string? MergeCommitSha { get; set; }

    public int CommitCount { get; set; }

    /// <summary>The author e-mail its commits carry; null: the author's GitHub noreply address.</summary>
    public string? CommitEmail { get; set; }

    /// <summary>Slugs of the teams asked to review (the repository owner's organization), in request order.</summary>
    public List<string> RequestedTeams { get; } = [];

    public List<SandboxReview> Reviews { get; } = [];
}

/// <summary>A review.</summary>
public sealed class SandboxReview
{
    public required long Id { get; init; }

    public required SandboxUser User { get; init; }

    /// <summary>APPROVED, CHANGES_REQUESTED, COMMENTED, or DISMISSED once dismissed.</summary>
    public required string State { get; set; }

    public string Body { get; init; } = "";

    public required string CommitId { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }
}

/// <summary>A closed, reopened or merged event on an issue's timeline.</summary>
public sealed record SandboxStateChange(long Id, string Event, SandboxUser Actor, DateTimeOffset CreatedAt, string? StateReason);

/// <summary>A comment on an issue or pull request.</summary>
public sealed class SandboxComment
{
    public required long Id { get; init; }

    public required SandboxUser Author { get; init; }

    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A check run.</summary>
public sealed class SandboxCheckRun
{
    public required long Id { get; init; }

    public required string Name { get; set; }

    public required string HeadSha { get; init; }

    public string Status { get; set; } = "queued";

    public string? Conclusion { get; set; }

    public string? ExternalId { get; set; }

    public string? DetailsUrl { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Text { get; set; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }
}
