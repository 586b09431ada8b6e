using Elections.Infrastructure.GitHub.Http;

namespace Elections.Infrastructure.Tests.GitHub.Http;

public sealed class GitHubRouteTests
{
    [Fact]
    public void Expand_EscapesSegmentsButKeepsPathSlashes()
    {
        var path = GitHubRoutes.GetContent.Expand("NixOS", "SC election", "candidates/a b.md");

        Assert.Equal("repos/NixOS/SC%20election/contents/candidates/a%20b.md", path);
    }

    [Fact]
    public void Expand_LabelWithSlashOrSpace_IsOneSegment()
    {
        var path = GitHubRoutes.RemoveIssueLabel.Expand("o", "r", 5, "enough endorsements/ok");

        Assert.Equal("repos/o/r/issues/5/labels/enough%20endorsements%2Fok", path);
    }

    [Fact]
    public void Expand_WrongNumberOfValues_Throws()
    {
        Assert.Throws<ArgumentException>(() => GitHubRoutes.GetIssue.Expand("o", "r"));
    }

    [Fact]
    public void All_PostsThatCreate_AreRetriedOnlyWhenRejected()
    {
        var creating = GitHubRoutes.All.Where(r => r.Retry == RetrySafety.RejectedOnly).Select(r => r.Template).ToList();

        Assert.Contains(GitHubRoutes.CreateIssueComment.Template, creating);
        Assert.Contains(GitHubRoutes.CreateIssue.Template, creating);
        Assert.All(GitHubRoutes.All.Where(r => r.Method != "POST"), r => Assert.Equal(RetrySafety.Always, r.Retry));
    }

    [Fact]
    public void TryMatch_ConcreteRequestPath_FindsItsRoute()
    {
        Assert.True(GitHubRoutes.TryMatch("POST", "/repos/o/r/issues/5/comments", out var comment));
        Assert.True(GitHubRoutes.TryMatch("PATCH", "/repos/o/r/issues/comments/77", out var edit));
        Assert.True(GitHubRoutes.TryMatch("GET", "/repos/o/r/contents/candidates/a.md", out var content));

        Assert.Equal(GitHubRoutes.CreateIssueComment, comment);
        Assert.Equal(GitHubRoutes.UpdateIssueComment, edit);
        Assert.Equal(GitHubRoutes.GetContent, content);
    }

    [Fact]
    public void TryMatch_UnknownPost_IsFalseAndNotRetriedOnLostAnswers()
    {
        Assert.False(GitHubRoutes.TryMatch("POST", "/repos/o/r/forks", out var route));

        Assert.Equal(RetrySafety.RejectedOnly, route.Retry);
    }
}
