using Elections.Core.Voters;

namespace Elections.Core.Tests.Voters;

public sealed class EmailAddressRuleTests
{
    [Theory]
    [InlineData("amara.okafor@example.org")]
    [InlineData("wen.li+elections@example.org")]
    [InlineData("o'brien@mail.example.net")]
    [InlineData("a_b-c{d}~e@sub-domain.example.org")]
    [InlineData("X@EXAMPLE.ORG")]
    public void IsAcceptable_OrdinaryAsciiAddress_True(string address)
    {
        Assert.True(EmailAddressRule.IsAcceptable(address, out var reason), reason);
        Assert.Equal("", reason);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("amara okafor@example.org", "space")]
    [InlineData("Amara <amara@example.org>", "space")]
    [InlineData("<amara@example.org>", "display name")]
    [InlineData("amára@example.org", "internationalised")]
    [InlineData("amara@exämple.org", "non-ASCII")]
    [InlineData("amara.example.org", "exactly one @")]
    [InlineData("a@b@example.org", "exactly one @")]
    [InlineData("@example.org", "nothing before")]
    [InlineData(".amara@example.org", "dot")]
    [InlineData("amara.@example.org", "dot")]
    [InlineData("ama..ra@example.org", "dot")]
    [InlineData("\"amara\"@example.org", "quoted")]
    [InlineData("ama(ra)@example.org", "'('")]
    [InlineData("amara@localhost", "at least one dot")]
    [InlineData("amara@[192.0.2.1]", "IP")]
    [InlineData("amara@-example.org", "hyphens")]
    [InlineData("amara@example..org", "empty")]
    [InlineData("amara@example.o", "2 to 8 letters")]
    [InlineData("amara@example.technology", "2 to 8 letters")]
    [InlineData("amara@example.xn--p1ai", "2 to 8 letters")]
    public void IsAcceptable_BadAddress_FalseWithReason(string address, string expected)
    {
        Assert.False(EmailAddressRule.IsAcceptable(address, out var reason));
        Assert.Contains(expected, reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void IsAcceptable_LocalPartOver64_False()
    {
        Assert.False(EmailAddressRule.IsAcceptable(new string('a', 65) + "@example.org", out var reason));
        Assert.Contains("64", reason, StringComparison.Ordinal);
        Assert.True(EmailAddressRule.IsAcceptable(new string('a', 64) + "@example.org", out _));
    }

    [Fact]
    public void IsAcceptable_AddressOver254_False()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('d', 60), 4)) + ".org";
        var address = new string('a', 64) + "@" + domain;
        Assert.True(address.Length > 254);
        Assert.False(EmailAddressRule.IsAcceptable(address, out var reason));
        Assert.Contains("254", reason, StringComparison.Ordinal);
    }
}
