using System.Globalization;
using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub.Json;

namespace Elections.Infrastructure.GitHub.Rest;

/// <summary>Wire JSON → the App port's records.</summary>
internal static class WireMapping
{
    /// <summary>GitHub shows deleted accounts as this user.</summary>
    public static readonly GitHubUser Ghost = new() { Id = 0, Login = "ghost", Kind = GitHubAccountKind.User };

    public static GitHubUser ToUser(this WireUser? user) => user is null
        ? Ghost
        : new GitHubUser
        {
            Id = user.Id,
            Login = user.Login,
            Kind = user.Type switch
            {
                "Bot" => GitHubAccountKind.Bot,
                "Organization" => GitHubAccountKind.Organization,
                _ => GitHubAccountKind.User,
            },
            Name = user.Name,
            HtmlUrl = user.HtmlUrl ?? "",
        };

    public static MembershipState ToMembershipState(string state) =>
        string.Equals(state, "pending", StringComparison.OrdinalIgnoreCase) ? MembershipState.Pending : MembershipState.Active;

    public static OrganizationRole ToOrganizationRole(string role) => role switch
    {
        "admin" => OrganizationRole.Admin,
        "billing_manager" => OrganizationRole.BillingManager,
        _ => OrganizationRole.Member,
    };

    public static OrganizationInvitation ToInvitation(this WireInvitation invitation) => new()
    {
        Id = invitation.Id,
        Login = invitation.Login ?? "",
        Email = invitation.Email ?? "",
        Role = invitation.Role ?? "direct_member",
        CreatedAt = ParseTime(invitation.CreatedAt) ?? default,
        FailedAt = ParseTime(invitation.FailedAt),
        FailedReason = invitation.FailedReason ?? "",
        InviterLogin = invitation.Inviter?.Login ?? "",
        TeamCount = invitation.TeamCount,
    };

    public static TeamMembership ToTeamMembership(this WireTeamMembership membership) => new()
    {
        State = ToMembershipState(membership.State),
        Role = membership.Role == "maintainer" ? TeamRole.Maintainer : TeamRole.Member,
    };

    public static PullRequest ToPullRequest(this WirePullRequest pull) => new()
    {
        Number = pull.Number,
        Title = pull.Title,
        Body = pull.Body ?? "",
        IsOpen = pull.State == "open",
        Merged = pull.Merged ?? pull.MergedAt is not null,
        Draft = pull.Draft ?? false,
        Locked = pull.Locked,
        Author = pull.User.ToUser(),
        HeadSha = pull.Head.Sha,
        HeadRef = pull.Head.Ref,
        HeadRepository = pull.Head.Repo?.FullName ?? "",
        BaseSha = pull.Base.Sha,
        BaseRef = pull.Base.Ref,
        Labels = pull.Labels?.Select(l => l.Name).ToList() ?? [],
        HtmlUrl = pull.HtmlUrl ?? "",
        CreatedAt = pull.CreatedAt,
        MergedAt = pull.MergedAt,
        ClosedAt = pull.ClosedAt,
    };

    public static PullRequestFile ToFile(this WireFile file) => new()
    {
        Path = file.Filename,
        Change = file.Status switch
        {
            "added" => FileChangeKind.Added,
            "removed" => FileChangeKind.Removed,
            "renamed" => FileChangeKind.Renamed,
            "copied" => FileChangeKind.Copied,
            "changed" => FileChangeKind.Changed,
            "unchanged" => FileChangeKind.Unchanged,
            _ => FileChangeKind.Modified,
        },
        PreviousPath = file.PreviousFilename ?? "",
        Additions = file.Additions,
        Deletions = file.Deletions,
        Sha = file.Sha ?? "",
    };

    public static PullRequestReview ToReview(this WireReview review) => new()
    {
        Id = review.Id,
        Reviewer = review.User.ToUser(),
        State = review.State switch
        {
            "APPROVED" => ReviewState.Approved,
            "CHANGES_REQUESTED" => ReviewState.ChangesRequested,
            "DISMISSED" => ReviewState.Dismissed,
            "PENDING" => ReviewState.Pending,
            _ => ReviewState.Commented,
        },
        Body = review.Body ?? "",
        CommitId = review.CommitId ?? "",
        SubmittedAt = review.SubmittedAt,
    };

    public static Issue ToIssue(this WireIssue issue) => new()
    {
        Number = issue.Number,
        Title = issue.Title,
        Body = issue.Body ?? "",
        IsOpen = issue.State == "open",
        Locked = issue.Locked,
        IsPullRequest = issue.PullRequest is not null,
        Author = issue.User.ToUser(),
        Labels = issue.Labels?.Select(l => l.Name).ToList() ?? [],
        HtmlUrl = issue.HtmlUrl ?? "",
        CreatedAt = issue.CreatedAt,
    };

    public static IssueComment ToComment(this WireComment comment) => new()
    {
        Id = comment.Id,
        Body = comment.Body ?? "",
        Author = comment.User.ToUser(),
        CreatedAt = comment.CreatedAt,
        UpdatedAt = comment.UpdatedAt,
        HtmlUrl = comment.HtmlUrl ?? "",
    };

    public static Label ToLabel(this WireLabel label) => new()
    {
        Name = label.Name,
        Color = label.Color ?? "ededed",
        Description = label.Description ?? "",
    };

    public static string Wire(this CheckRunStatus status) => status switch
    {
        CheckRunStatus.Queued => "queued",
        CheckRunStatus.InProgress => "in_progress",
        _ => "completed",
    };

    public static string Wire(this CheckRunConclusion conclusion) => conclusion switch
    {
        CheckRunConclusion.Success => "success",
        CheckRunConclusion.Failure => "failure",
        CheckRunConclusion.ActionRequired => "action_required",
        CheckRunConclusion.Skipped => "skipped",
        _ => "neutral",
    };

    public static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
