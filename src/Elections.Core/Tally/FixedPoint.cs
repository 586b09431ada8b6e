using System.Globalization;
using System.Numerics;

namespace Elections.Core.Tally;

/// <summary>
/// Exact fixed-point arithmetic on raw units: a vote value at <c>d</c> decimals is a <see cref="long"/>
/// count of units of 10^-d. Vote arithmetic in every STV rule is done in such units (OpenSTV/OpaVote
/// Meek 6 decimals, NZ Meek 9, Scottish STV 5, ERS97 2, Minneapolis 4), never in floating point
/// (DESIGN principle 8). The counts keep plain <see cref="long"/> arrays (no per-value decimals to
/// carry), so only division, which must round as the method's rule says, and the exact text are here.
/// Overflow throws (<see cref="OverflowException"/>) instead of wrapping.
/// </summary>
public static class FixedPoint
{
    /// <summary>The largest supported number of decimals.</summary>
    public const int MaxDecimals = 18;

    /// <summary>10^<paramref name="decimals"/>: the units in one whole at that precision.</summary>
    public static long UnitsPerWhole(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        long scale = 1;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        return scale;
    }

    /// <summary>
    /// Exact integer division of <paramref name="numerator"/> by <paramref name="denominator"/>
    /// (positive), rounded as <paramref name="rounding"/> says; the building block of every method's
    /// transfer and quota arithmetic.
    /// </summary>
    public static long Divide(Int128 numerator, Int128 denominator, FixedPointRounding rounding)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "the divisor must be positive");
        }

        var quotient = Int128.DivRem(numerator, denominator);
        var q = quotient.Quotient;
        if (quotient.Remainder != 0 && rounding == FixedPointRounding.Ceiling && numerator > 0)
        {
            q += 1;
        }

        return checked((long)q);
    }

    /// <summary>Formats raw <paramref name="units"/> at <paramref name="decimals"/> decimals exactly ("12.500000").</summary>
    public static string Format(long units, int decimals)
    {
        if (decimals == 0)
        {
            return units.ToString(CultureInfo.InvariantCulture);
        }

        var magnitude = BigInteger.Abs(units).ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var sign = units < 0 ? "-" : "";
        return string.Concat(sign, magnitude.AsSpan(0, magnitude.Length - decimals), ".", magnitude.AsSpan(magnitude.Length - decimals));
    }

    /// <summary>
    /// Parses "123", "123.4" or "-0.000001" into units at <paramref name="decimals"/> decimals; false
    /// when the text is not a decimal number or has more decimals than that.
    /// </summary>
    public static bool TryParse(string text, int decimals, out long units)
    {
        units = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var negative = text[0] == '-';
        var body = negative ? text[1..] : text;
        var point = body.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? "" : body[(point + 1)..];
        if (whole.Length == 0 || fraction.Length > decimals || (point >= 0 && fraction.Length == 0) ||
            !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit) ||
            !long.TryParse(whole + fraction.PadRight(decimals, '0'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        units = negative ? -parsed : parsed;
        return true;
    }
}
