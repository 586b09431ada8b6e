using Elections.App.Handlers;

namespace Elections.App.Tests.Handlers;

public sealed class RouteTests
{
    [Theory]
    [InlineData("pull_request.opened", "pull_request", "opened", true)]
    [InlineData("pull_request.opened", "pull_request", "synchronize", false)]
    [InlineData("pull_request", "pull_request", "synchronize", true)]
    [InlineData("pull_request", "issues", "opened", false)]
    [InlineData("push", "push", null, true)]
    public void Matches_EventAndAction_AsWritten(string route, string eventName, string? action, bool expected)
    {
        Assert.Equal(expected, Route.Parse(route).Matches(eventName, action));
    }

    [Theory]
    [InlineData(".opened")]
    [InlineData("pull_request.")]
    public void Parse_MissingPart_ThrowsWithExample(string text)
    {
        var exception = Assert.Throws<ArgumentException>(() => Route.Parse(text));

        Assert.Contains("e.g. pull_request.opened", exception.Message, StringComparison.Ordinal);
    }
}
