using Elections.App.Ports.GitHub;
using Octokit;
using PortIssue = Elections.App.Ports.GitHub.Issue;
using PortIssueComment = Elections.App.Ports.GitHub.IssueComment;
using PortLabel = Elections.App.Ports.GitHub.Label;
using PortPullRequest = Elections.App.Ports.GitHub.PullRequest;
using PortPullRequestFile = Elections.App.Ports.GitHub.PullRequestFile;
using PortPullRequestReview = Elections.App.Ports.GitHub.PullRequestReview;
using MembershipState = Elections.App.Ports.GitHub.MembershipState;
using PortTeamMembership = Elections.App.Ports.GitHub.TeamMembership;

namespace Elections.Infrastructure.GitHub.Adapters;

/// <summary>Octokit's models to the port's records; nothing Octokit leaves Infrastructure.</summary>
internal static class OctokitMapping
{
    public static GitHubUser ToUser(this Account? user) => user is null
        ? new GitHubUser { Id = 0, Login = "ghost" }
        : new GitHubUser
        {
            Id = user.Id,
            Login = user.Login,
            Kind = user.Type switch
            {
                AccountType.Bot => GitHubAccountKind.Bot,
                AccountType.Organization => GitHubAccountKind.Organization,
                _ => GitHubAccountKind.User,
            },
            Name = user.Name,
            Email = string.IsNullOrWhiteSpace(user.Email) ? null : user.Email,
            HtmlUrl = user.HtmlUrl ?? "",
        };

    public static MembershipState ToMembershipState(string? state) =>
        string.Equals(state, "pending", StringComparison.OrdinalIgnoreCase) ? MembershipState.Pending : MembershipState.Active;

    public static OrganizationRole ToOrganizationRole(string? role) => role switch
    {
        "admin" => OrganizationRole.Admin,
        "billing_manager" => OrganizationRole.BillingManager,
        _ => OrganizationRole.Member,
    };

    public static OrganizationInvitation ToInvitation(this OrganizationMembershipInvitation invitation) => new()
    {
        Id = invitation.Id,
        Login = invitation.Login ?? "",
        Email = invitation.Email ?? "",
        Role = invitation.Role.StringValue ?? "direct_member",
        CreatedAt = invitation.CreatedAt,
        InviterLogin = invitation.Inviter?.Login ?? "",
        TeamCount = invitation.TeamCount,
    };

    public static PortTeamMembership ToTeamMembership(this TeamMembershipDetails membership) => new()
    {
        State = ToMembershipState(membership.State.StringValue),
        Role = membership.Role.StringValue == "maintainer" ? App.Ports.GitHub.TeamRole.Maintainer : App.Ports.GitHub.TeamRole.Member,
    };

    public static PortPullRequest ToPullRequest(this Octokit.PullRequest pull) => new()
    {
        Number = pull.Number,
        Title = pull.Title,
        Body = pull.Body ?? "",
        IsOpen = pull.State.StringValue == "open",
        Merged = pull.Merged || pull.MergedAt is not null,
        Draft = pull.Draft,
        Locked = pull.Locked,
        Author = pull.User.ToUser(),
        HeadSha = pull.Head.Sha,
        HeadRef = pull.Head.Ref,
        HeadRepository = pull.Head.Repository?.FullName ?? "",
        BaseSha = pull.Base.Sha,
        BaseRef = pull.Base.Ref,
        Labels = pull.Labels?.Select(l => l.Name).ToList() ?? [],
        HtmlUrl = pull.HtmlUrl ?? "",
        CreatedAt = pull.CreatedAt,
        MergedAt = pull.MergedAt,
        ClosedAt = pull.ClosedAt,
    };

    public static PortPullRequestFile ToFile(this Octokit.PullRequestFile file) => new()
    {
        Path = file.FileName,
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
        PreviousPath = file.PreviousFileName ?? "",
        Additions = file.Additions,
        Deletions = file.Deletions,
        Sha = file.Sha ?? "",
    };

    public static PortPullRequestReview ToReview(this Octokit.PullRequestReview review) => new()
    {
        Id = review.Id,
        Reviewer = review.User.ToUser(),
        State = review.State.StringValue?.ToUpperInvariant() switch
        {
            "APPROVED" => ReviewState.Approved,
            "CHANGES_REQUESTED" => ReviewState.ChangesRequested,
            "DISMISSED" => ReviewState.Dismissed,
            "PENDING" => ReviewState.Pending,
            _ => ReviewState.Commented,
        },
        Body = review.Body ?? "",
        CommitId = review.CommitId ?? "",
        SubmittedAt = review.SubmittedAt == default ? null : review.SubmittedAt,
    };

    public static PortIssue ToIssue(this Octokit.Issue issue) => new()
    {
        Number = issue.Number,
        NodeId = issue.NodeId ?? "",
        Title = issue.Title,
        Body = issue.Body ?? "",
        IsOpen = issue.State.StringValue == "open",
        Locked = issue.Locked,
        IsPullRequest = issue.PullRequest is not null,
        Author = issue.User.ToUser(),
        Labels = issue.Labels?.Select(l => l.Name).ToList() ?? [],
        HtmlUrl = issue.HtmlUrl ?? "",
        CreatedAt = issue.CreatedAt,
    };

    public static PortIssueComment ToComment(this Octokit.IssueComment comment) => new()
    {
        Id = comment.Id,
        Body = comment.Body ?? "",
        Author = comment.User.ToUser(),
        CreatedAt = comment.CreatedAt,
        UpdatedAt = comment.UpdatedAt ?? comment.CreatedAt,
        HtmlUrl = comment.HtmlUrl ?? "",
    };

    public static PortLabel ToLabel(this Octokit.Label label) => new()
    {
        Name = label.Name,
        Color = label.Color ?? "ededed",
        Description = label.Description ?? "",
    };

    public static CheckStatus ToOctokit(this CheckRunStatus status) => status switch
    {
        CheckRunStatus.Queued => CheckStatus.Queued,
        CheckRunStatus.InProgress => CheckStatus.InProgress,
        _ => CheckStatus.Completed,
    };

    public static CheckConclusion ToOctokit(this CheckRunConclusion conclusion) => conclusion switch
    {
        CheckRunConclusion.Success => CheckConclusion.Success,
        CheckRunConclusion.Failure => CheckConclusion.Failure,
        CheckRunConclusion.ActionRequired => CheckConclusion.ActionRequired,
        CheckRunConclusion.Skipped => CheckConclusion.Skipped,
        _ => CheckConclusion.Neutral,
    };

    /// <summary>Our conclusion for GitHub's; null for the ones the port does not model (cancelled, timed out, stale).</summary>
    public static CheckRunConclusion? FromOctokit(this CheckConclusion conclusion) => conclusion switch
    {
        CheckConclusion.Success => CheckRunConclusion.Success,
        CheckConclusion.Failure => CheckRunConclusion.Failure,
        CheckConclusion.Neutral => CheckRunConclusion.Neutral,
        CheckConclusion.ActionRequired => CheckRunConclusion.ActionRequired,
        CheckConclusion.Skipped => CheckRunConclusion.Skipped,
        _ => null,
    };
}
