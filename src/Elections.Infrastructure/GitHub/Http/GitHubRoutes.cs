namespace Elections.Infrastructure.GitHub.Http;

/// <summary>
/// Every REST route the client calls. The contract tests check each against GitHub's OpenAPI
/// description, so add a route here before calling it. GraphQL (POST /graphql) is not part of the
/// REST description and is listed separately.
/// </summary>
public static class GitHubRoutes
{
#pragma warning disable CS1591 // Each field is named after its OpenAPI operation id.
    public static readonly GitHubRoute CreateInstallationToken = new("POST", "/app/installations/{installation_id}/access_tokens");
    public static readonly GitHubRoute GetUserById = new("GET", "/user/{account_id}");
    public static readonly GitHubRoute GetUserByLogin = new("GET", "/users/{username}");
    public static readonly GitHubRoute GetOrgMembership = new("GET", "/orgs/{org}/memberships/{username}");
    public static readonly GitHubRoute ListOrgMembers = new("GET", "/orgs/{org}/members", RetrySafety.Always, ["per_page"]);
    public static readonly GitHubRoute ListOrgInvitations = new("GET", "/orgs/{org}/invitations", RetrySafety.Always, ["per_page"]);
    public static readonly GitHubRoute ListFailedOrgInvitations = new("GET", "/orgs/{org}/failed_invitations", RetrySafety.Always, ["per_page"]);
    public static readonly GitHubRoute CreateOrgInvitation = new("POST", "/orgs/{org}/invitations", RetrySafety.RejectedOnly);
    public static readonly GitHubRoute CancelOrgInvitation = new("DELETE", "/orgs/{org}/invitations/{invitation_id}");
    public static readonly GitHubRoute CheckBlockedUser = new("GET", "/orgs/{org}/blocks/{username}");
    public static readonly GitHubRoute ListOrgRepositories = new("GET", "/orgs/{org}/repos", RetrySafety.Always, ["per_page", "page"]);
    public static readonly GitHubRoute ListBlockedUsers = new("GET", "/orgs/{org}/blocks", RetrySafety.Always, ["per_page"]);
    public static readonly GitHubRoute GetTeam = new("GET", "/orgs/{org}/teams/{team_slug}");
    public static readonly GitHubRoute ListTeamMembers = new("GET", "/orgs/{org}/teams/{team_slug}/members", RetrySafety.Always, ["per_page", "role"]);
    public static readonly GitHubRoute ListTeamInvitations = new("GET", "/orgs/{org}/teams/{team_slug}/invitations", RetrySafety.Always, ["per_page"]);
    public static readonly GitHubRoute GetTeamMembership = new("GET", "/orgs/{org}/teams/{team_slug}/memberships/{username}");
    public static readonly GitHubRoute AddTeamMembership = new("PUT", "/orgs/{org}/teams/{team_slug}/memberships/{username}");
    public static readonly GitHubRoute RemoveTeamMembership = new("DELETE", "/orgs/{org}/teams/{team_slug}/memberships/{username}");
    public static readonly GitHubRoute GetPullRequest = new("GET", "/repos/{owner}/{repo}/pulls/{pull_number}");
    public static readonly GitHubRoute ListPullRequests = new("GET", "/repos/{owner}/{repo}/pulls", RetrySafety.Always, ["state", "sort", "direction", "per_page", "page"]);
    public static readonly GitHubRoute UpdatePullRequest = new("PATCH", "/repos/{owner}/{repo}/pulls/{pull_number}");
    public static readonly GitHubRoute ListPullRequestFiles = new("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files", RetrySafety.Always, ["per_page"]);
    public static readonly GitHubRoute ListPullRequestCommits = new("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/commits", RetrySafety.Always, ["per_page", "page"]);
    public static readonly GitHubRoute ListPullRequestReviews = new("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews", RetrySafety.Always, ["per_page"]);
    public static readonly GitHubRoute MergePullRequest = new("PUT", "/repos/{owner}/{repo}/pulls/{pull_number}/merge");
    public static readonly GitHubRoute CreatePullRequest = new("POST", "/repos/{owner}/{repo}/pulls", RetrySafety.RejectedOnly); // a repeat is a 422 "already exists"
    public static readonly GitHubRoute RequestReviewers = new("POST", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"); // requesting twice is a no-op
    public static readonly GitHubRoute RemoveRequestedReviewers = new("DELETE", "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers");
    public static readonly GitHubRoute CreateIssue = new("POST", "/repos/{owner}/{repo}/issues", RetrySafety.RejectedOnly);
    public static readonly GitHubRoute ListIssues = new("GET", "/repos/{owner}/{repo}/issues", RetrySafety.Always, ["state", "creator", "sort", "direction", "since", "per_page"]);
    public static readonly GitHubRoute GetIssue = new("GET", "/repos/{owner}/{repo}/issues/{issue_number}");
    public static readonly GitHubRoute UpdateIssue = new("PATCH", "/repos/{owner}/{repo}/issues/{issue_number}");
    public static readonly GitHubRoute LockIssue = new("PUT", "/repos/{owner}/{repo}/issues/{issue_number}/lock");
    public static readonly GitHubRoute ListIssueTimeline = new("GET", "/repos/{owner}/{repo}/issues/{issue_number}/timeline", RetrySafety.Always, ["per_page"]);
    public static readonly GitHubRoute ListIssueComments = new("GET", "/repos/{owner}/{repo}/issues/{issue_number}/comments", RetrySafety.Always, ["since", "per_page"]);
    public static readonly GitHubRoute CreateIssueComment = new("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments", RetrySafety.RejectedOnly);
    public static readonly GitHubRoute UpdateIssueComment = new("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}");
    public static readonly GitHubRoute ListLabels = new("GET", "/repos/{owner}/{repo}/labels", RetrySafety.Always, ["per_page"]);
    public static readonly GitHubRoute GetLabel = new("GET", "/repos/{owner}/{repo}/labels/{name}");
    public static readonly GitHubRoute CreateLabel = new("POST", "/repos/{owner}/{repo}/labels"); // repeat → 422 already_exists, handled
    public static readonly GitHubRoute AddIssueLabels = new("POST", "/repos/{owner}/{repo}/issues/{issue_number}/labels"); // adding a label twice is a no-op
    public static readonly GitHubRoute RemoveIssueLabel = new("DELETE", "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}");
    public static readonly GitHubRoute GetRepository = new("GET", "/repos/{owner}/{repo}");
    public static readonly GitHubRoute GetContent = new("GET", "/repos/{owner}/{repo}/contents/{path}", RetrySafety.Always, ["ref"]);
    public static readonly GitHubRoute GetRef = new("GET", "/repos/{owner}/{repo}/git/ref/{ref}");
    public static readonly GitHubRoute CreateRef = new("POST", "/repos/{owner}/{repo}/git/refs", RetrySafety.RejectedOnly); // a repeat is a 422 "already exists"
    public static readonly GitHubRoute PutContent = new("PUT", "/repos/{owner}/{repo}/contents/{path}"); // guarded by the blob sha: a repeat is a 409/422, never a second commit
    public static readonly GitHubRoute CreateCheckRun = new("POST", "/repos/{owner}/{repo}/check-runs", RetrySafety.RejectedOnly);
    public static readonly GitHubRoute UpdateCheckRun = new("PATCH", "/repos/{owner}/{repo}/check-runs/{check_run_id}");
    public static readonly GitHubRoute ListCheckRunsForRef = new("GET", "/repos/{owner}/{repo}/commits/{ref}/check-runs", RetrySafety.Always, ["check_name", "filter", "per_page", "page"]);
    public static readonly GitHubRoute SearchIssues = new("GET", "/search/issues", RetrySafety.Always, ["q", "per_page", "page"]);
#pragma warning restore CS1591

    /// <summary>POST /graphql: read-only queries, so safe to retry. Not in the REST description.</summary>
    public static readonly GitHubRoute GraphQl = new("POST", "/graphql");

    /// <summary>The catalogue route a request is a call of (GraphQL included); false for a route we never call.</summary>
    public static bool TryMatch(string method, string path, out GitHubRoute route)
    {
        foreach (var candidate in All.Append(GraphQl))
        {
            if (candidate.Matches(method, path))
            {
                route = candidate;
                return true;
            }
        }

        route = new GitHubRoute(method, path, method == "GET" ? RetrySafety.Always : RetrySafety.RejectedOnly);
        return false;
    }

    /// <summary>Every REST route (not GraphQL), for the contract tests.</summary>
    public static IReadOnlyList<GitHubRoute> All { get; } =
    [
        CreateInstallationToken, GetUserById, GetUserByLogin, GetOrgMembership, ListOrgMembers, ListOrgInvitations,
        ListFailedOrgInvitations, CreateOrgInvitation, CancelOrgInvitation, CheckBlockedUser, ListOrgRepositories, ListBlockedUsers, GetTeam,
        ListTeamMembers, ListTeamInvitations, GetTeamMembership, AddTeamMembership, RemoveTeamMembership, GetPullRequest,
        ListPullRequests, UpdatePullRequest, ListPullRequestFiles, ListPullRequestCommits, ListPullRequestReviews, MergePullRequest, CreateIssue,
        ListIssues, GetIssue, UpdateIssue, LockIssue, ListIssueTimeline, ListIssueComments, CreateIssueComment, UpdateIssueComment, ListLabels,
        GetLabel, CreateLabel, AddIssueLabels, RemoveIssueLabel, GetRepository, GetContent, GetRef, PutContent, CreateCheckRun,
        UpdateCheckRun, ListCheckRunsForRef, SearchIssues, CreatePullRequest, RequestReviewers, RemoveRequestedReviewers, CreateRef,
    ];
}
