using Elections.Core.Tally;

namespace Elections.Core.Tests.Tally;

public sealed class FixedPointTests
{
    [Theory]
    [InlineData(27955, 3, 6, FixedPointRounding.Truncate, "9318.333333")]
    [InlineData(27955, 3, 6, FixedPointRounding.Ceiling, "9318.333334")]
    [InlineData(682, 1982, 5, FixedPointRounding.Truncate, "0.34409")]
    [InlineData(6, 3, 2, FixedPointRounding.Ceiling, "2.00")]
    public void Divide_WholeRatio_RoundsAsAsked(long numerator, long denominator, int decimals, FixedPointRounding rounding, string expected)
    {
        var units = FixedPoint.Divide((Int128)numerator * FixedPoint.UnitsPerWhole(decimals), denominator, rounding);
        Assert.Equal(expected, FixedPoint.Format(units, decimals));
    }

    [Fact]
    public void Divide_ZeroDivisor_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FixedPoint.Divide(1, 0, FixedPointRounding.Truncate));

    [Fact]
    public void Divide_QuotientBeyondLong_Throws() =>
        Assert.Throws<OverflowException>(() => FixedPoint.Divide((Int128)long.MaxValue * 3, 1, FixedPointRounding.Truncate));

    [Theory]
    [InlineData("123", 2, 12300)]
    [InlineData("-0.000001", 6, -1)]
    [InlineData("7.5", 3, 7500)]
    public void TryParse_ValidText_GivesUnits(string text, int decimals, long units)
    {
        Assert.True(FixedPoint.TryParse(text, decimals, out var parsed));
        Assert.Equal(units, parsed);
    }

    [Theory]
    [InlineData("1.2345", 3)]
    [InlineData("abc", 2)]
    [InlineData("1.", 2)]
    [InlineData("", 2)]
    public void TryParse_BadText_False(string text, int decimals) => Assert.False(FixedPoint.TryParse(text, decimals, out _));

    [Fact]
    public void Format_Negative_KeepsLeadingZeros() => Assert.Equal("-0.05", FixedPoint.Format(-5, 2));

    [Fact]
    public void UnitsPerWhole_TooManyDecimals_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FixedPoint.UnitsPerWhole(FixedPoint.MaxDecimals + 1));
}
