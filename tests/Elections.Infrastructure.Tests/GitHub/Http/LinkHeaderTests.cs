using Elections.Infrastructure.GitHub.Http;

namespace Elections.Infrastructure.Tests.GitHub.Http;

public sealed class LinkHeaderTests
{
    [Fact]
    public void Next_GitHubHeader_ReturnsTheNextUrl()
    {
        const string header = "<https://api.github.com/repositories/1/issues?page=2>; rel=\"next\", <https://api.github.com/repositories/1/issues?page=5>; rel=\"last\"";

        Assert.Equal(new Uri("https://api.github.com/repositories/1/issues?page=2"), LinkHeader.Next(header));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<https://api.github.com/x?page=1>; rel=\"prev\"")]
    [InlineData("garbage")]
    public void Next_LastPageOrJunk_IsNull(string? header)
    {
        Assert.Null(LinkHeader.Next(header));
    }
}
