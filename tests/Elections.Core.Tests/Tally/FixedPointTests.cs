using Elections.Core.Tally;

namespace Elections.Core.Tests.Tally;

public sealed class FixedPointTests
{
    [Theory]
    [InlineData(27955, 3, 6, FixedPointRounding.Truncate, "9318.333333")]
    [InlineData(27955, 3, 6, FixedPointRounding.Ceiling, "9318.333334")]
    [InlineData(2, 3, 2, FixedPointRounding.HalfUp, "0.67")]
    [InlineData(682, 1982, 5, FixedPointRounding.Truncate, "0.34409")]
    public void FromRatio_RoundsAsAsked(long numerator, long denominator, int decimals, FixedPointRounding rounding, string expected) =>
        Assert.Equal(expected, FixedPoint.FromRatio(numerator, denominator, decimals, rounding).ToString());

    [Fact]
    public void Multiply_Truncates_DropsRemainder()
    {
        var value = new FixedPoint(1_500_000, 6);
        var factor = new FixedPoint(333_333, 6);
        Assert.Equal("0.499999", value.Multiply(factor, FixedPointRounding.Truncate).ToString());
        Assert.Equal("0.500000", value.Multiply(factor, FixedPointRounding.Ceiling).ToString());
    }

    [Theory]
    [InlineData("123", 2, 12300)]
    [InlineData("-0.000001", 6, -1)]
    [InlineData("7.5", 3, 7500)]
    public void TryParse_ValidText_GivesUnits(string text, int decimals, long units)
    {
        Assert.True(FixedPoint.TryParse(text, decimals, out var value));
        Assert.Equal(units, value.Units);
    }

    [Theory]
    [InlineData("1.2345", 3)]
    [InlineData("abc", 2)]
    [InlineData("1.", 2)]
    [InlineData("", 2)]
    public void TryParse_BadText_False(string text, int decimals) => Assert.False(FixedPoint.TryParse(text, decimals, out _));

    [Fact]
    public void Add_DifferentDecimals_Throws() =>
        Assert.Throws<ArgumentException>(() => new FixedPoint(1, 2) + new FixedPoint(1, 3));

    [Fact]
    public void Times_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => new FixedPoint(long.MaxValue / 2, 0).Times(3));

    [Fact]
    public void Format_Negative_KeepsLeadingZeros() => Assert.Equal("-0.05", FixedPoint.Format(-5, 2));
}
