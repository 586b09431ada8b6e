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
}
