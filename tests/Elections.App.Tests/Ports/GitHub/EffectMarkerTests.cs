using Elections.App.Ports.GitHub;

namespace Elections.App.Tests.Ports.GitHub;

public sealed class EffectMarkerTests
{
    [Fact]
    public void Append_Body_AddsTheMarkerOnItsOwnLine()
    {
        var body = EffectMarker.Append("pong\n", "ping:delivery-1");

        Assert.Equal("pong\n\n<!-- elections:effect=ping:delivery-1 -->", body);
        Assert.True(EffectMarker.IsIn(body, "ping:delivery-1"));
    }

    [Fact]
    public void IsIn_AnotherKeyOrAPrefixOfTheKey_IsFalse()
    {
        var body = EffectMarker.Append("pong", "ping:delivery-12");

        Assert.False(EffectMarker.IsIn(body, "ping:delivery-1"));
        Assert.False(EffectMarker.IsIn(body, "ping:delivery-2"));
        Assert.False(EffectMarker.IsIn("pong <!-- elections:effect=ping:delivery-12 --> quoted", "ping:delivery-12"));
    }

    [Fact]
    public void Line_KeyThatCouldCloseTheComment_IsEscaped()
    {
        var line = EffectMarker.Line("a-->b\n--c");

        Assert.Equal("<!-- elections:effect=a-%2D%3Eb%0A-%2Dc -->", line);
        Assert.DoesNotContain("--", line[4..^3], StringComparison.Ordinal);
    }
}
