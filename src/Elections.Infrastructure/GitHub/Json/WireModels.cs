using System.Text.Json.Serialization;

namespace Elections.Infrastructure.GitHub.Json;

// The JSON GitHub sends and accepts, only the fields the client reads or writes (snake_case on the wire).
// Mapped to the App port's records in Rest/WireMapping.cs; nothing here leaves Infrastructure.
#pragma warning disable CA1812 // Instantiated by System.Text.Json.

internal sealed record WireUser(long Id, string Login, string? Type, string? Name, string? HtmlUrl);

internal sealed record WireOrganization(long Id, string Login);

internal sealed record WireOrgMembership(string State, string Role, WireOrganization? Organization, WireUser? User);

internal sealed record WireInvitation(
    long Id,
    string? Login,
    string? Email,
    string? Role,
    string? CreatedAt,
    string? FailedAt,
    string? FailedReason,
    WireUser? Inviter,
    int TeamCount);

internal sealed record WireInvitationRequest(long InviteeId, string Role, IReadOnlyList<long> TeamIds);

internal sealed record WireTeam(long Id, string Slug, string Name, int MembersCount, WireOrganization? Organization);

internal sealed record WireTeamMembership(string State, string Role);

internal sealed record WireRoleRequest(string Role);

internal sealed record WireLabelRef(string Name);

internal sealed record WireRepositoryRef(string FullName);

internal sealed record WireBranch(string Ref, string Sha, WireRepositoryRef? Repo);

internal sealed record WirePullRequest(
    long Id,
    int Number,
    string Title,
    string? Body,
    string State,
    bool? Merged,
    bool? Draft,
    bool Locked,
    WireUser? User,
    WireBranch Head,
    WireBranch Base,
    IReadOnlyList<WireLabelRef>? Labels,
    string? HtmlUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset? MergedAt,
    DateTimeOffset? ClosedAt);

internal sealed record WireFile(string Filename, string Status, int Additions, int Deletions, string? Sha, string? PreviousFilename);

internal sealed record WireReview(long Id, WireUser? User, string State, string? Body, string? CommitId, DateTimeOffset? SubmittedAt);

internal sealed record WireMergeRequest(
    string Sha,
    string MergeMethod,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CommitTitle,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CommitMessage);

internal sealed record WireMergeResult(string? Sha, bool Merged, string? Message);

internal sealed record WireStateRequest(string State);

internal sealed record WirePullRequestMarker(string? Url);

internal sealed record WireIssue(
    long Id,
    int Number,
    string Title,
    string? Body,
    string State,
    bool Locked,
    WireUser? User,
    IReadOnlyList<WireLabelRef>? Labels,
    string? HtmlUrl,
    DateTimeOffset CreatedAt,
    WirePullRequestMarker? PullRequest,
    string? RepositoryUrl);

internal sealed record WireNewIssue(string Title, string Body, IReadOnlyList<string> Labels);

internal sealed record WireIssueUpdate(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Body,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? State);

internal sealed record WireComment(long Id, string? Body, WireUser? User, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string? HtmlUrl);

internal sealed record WireBody(string Body);

internal sealed record WireLockRequest([property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LockReason);

internal sealed record WireLabel(string Name, string? Color, string? Description);

internal sealed record WireLabelsRequest(IReadOnlyList<string> Labels);

internal sealed record WireRepository(long Id, string Name, WireUser Owner, string DefaultBranch, bool Private);

internal sealed record WireContent(string Type, string Path, string Sha, long Size, string? Content, string? Encoding);

internal sealed record WireGitRef(string Ref, WireShaRef Object);

internal sealed record WireIdentity(string Name, string Email);

internal sealed record WireFilePut(
    string Message,
    string Content,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sha,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Branch,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WireIdentity? Committer);

internal sealed record WireShaRef(string? Sha);

internal sealed record WireFileCommit(WireShaRef? Content, WireShaRef Commit);

internal sealed record WireCheckOutput(string Title, string Summary, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text);

internal sealed record WireCheckRunRequest(
    string Name,
    string HeadSha,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Conclusion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExternalId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DetailsUrl,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? CompletedAt,
    WireCheckOutput Output);

internal sealed record WireCheckRun(long Id, string Name, string HeadSha, string? HtmlUrl);

internal sealed record WireSearchResult(int TotalCount, bool IncompleteResults, IReadOnlyList<WireIssue> Items);

internal sealed record WireAccessToken(string Token, DateTimeOffset ExpiresAt);

internal sealed record WireError(string? Message, IReadOnlyList<WireErrorDetail>? Errors);

internal sealed record WireErrorDetail(string? Code, string? Field, string? Resource);
#pragma warning restore CA1812
