using Elections.Core.Configuration;

namespace Elections.Core.Tests.Configuration;

public sealed class ApprovalThresholdTests
{
    [Theory]
    [InlineData(2, 1, true)]
    [InlineData(1, 1, false)]
    [InlineData(0, 0, false)]
    public void IsMet_MoreThanHalf_NeedsStrictMajority(long yes, long no, bool met)
    {
        Assert.Equal(met, new ApprovalThreshold(1, 2, Strict: true).IsMet(yes, no));
    }

    [Theory]
    [InlineData(2, 1, true)]
    [InlineData(1999, 1001, false)]
    [InlineData(long.MaxValue / 2, long.MaxValue / 4, true)]
    public void IsMet_AtLeastTwoThirds_IsExact(long yes, long no, bool met)
    {
        Assert.Equal(met, new ApprovalThreshold(2, 3, Strict: false).IsMet(yes, no));
    }

    [Fact]
    public void ToString_ShowsRuleAndFraction()
    {
        Assert.Equal(">= 2/3", new ApprovalThreshold(2, 3, false).ToString());
        Assert.Equal("> 1/2", new ApprovalThreshold(1, 2, true).ToString());
    }
}
