using System.Globalization;
using System.Numerics;

namespace Elections.Core.Tally;

/// <summary>
/// An exact decimal number with a fixed number of decimals: an integer count of units of
/// 10^-<see cref="Decimals"/>. Vote arithmetic in every STV rule is done in such units
/// (OpenSTV/OpaVote Meek 6 decimals, NZ Meek 9, Scottish STV 5, ERS97 2, Minneapolis 4), never in
/// floating point (DESIGN principle 8). Addition and subtraction are exact; multiplication and
/// division take an explicit <see cref="FixedPointRounding"/>, as the method's rule defines.
/// Overflow throws (<see cref="OverflowException"/>) instead of wrapping.
/// </summary>
public readonly record struct FixedPoint : IComparable<FixedPoint>
{
    /// <summary>The largest supported number of decimals.</summary>
    public const int MaxDecimals = 18;

    /// <summary>Creates a value from raw units of 10^-<paramref name="decimals"/>.</summary>
    public FixedPoint(long units, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        Units = units;
        Decimals = decimals;
    }

    /// <summary>The value in units of 10^-<see cref="Decimals"/>.</summary>
    public long Units { get; }

    /// <summary>The number of decimals kept.</summary>
    public int Decimals { get; }

    /// <summary>The number of units in one whole (10^<see cref="Decimals"/>).</summary>
    public long Scale => UnitsPerWhole(Decimals);

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

    /// <summary>The whole number <paramref name="value"/> at <paramref name="decimals"/> decimals.</summary>
    public static FixedPoint FromWhole(long value, int decimals) => new(checked(value * UnitsPerWhole(decimals)), decimals);

    /// <summary>Zero at <paramref name="decimals"/> decimals.</summary>
    public static FixedPoint Zero(int decimals) => new(0, decimals);

    /// <summary>
    /// <paramref name="numerator"/> / <paramref name="denominator"/> at <paramref name="decimals"/>
    /// decimals, rounded as <paramref name="rounding"/> says (both operands are whole numbers).
    /// </summary>
    public static FixedPoint FromRatio(long numerator, long denominator, int decimals, FixedPointRounding rounding) =>
        new(Divide((Int128)numerator * UnitsPerWhole(decimals), denominator, rounding), decimals);

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
        var r = quotient.Remainder;
        if (r != 0)
        {
            switch (rounding)
            {
                case FixedPointRounding.Ceiling when numerator > 0:
                    q += 1;
                    break;
                case FixedPointRounding.HalfUp when Int128.Abs(r) * 2 >= denominator:
                    q += numerator > 0 ? 1 : -1;
                    break;
                default:
                    break;
            }
        }

        return checked((long)q);
    }

    /// <summary>Sum of two values with the same number of decimals.</summary>
    public static FixedPoint operator +(FixedPoint left, FixedPoint right) =>
        new(checked(left.Units + Same(left, right).Units), left.Decimals);

    /// <summary>Difference of two values with the same number of decimals.</summary>
    public static FixedPoint operator -(FixedPoint left, FixedPoint right) =>
        new(checked(left.Units - Same(left, right).Units), left.Decimals);

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    public static bool operator <(FixedPoint left, FixedPoint right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    public static bool operator >(FixedPoint left, FixedPoint right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
    public static bool operator <=(FixedPoint left, FixedPoint right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
    public static bool operator >=(FixedPoint left, FixedPoint right) => left.CompareTo(right) >= 0;

    /// <summary>This value times a whole number (exact).</summary>
    public FixedPoint Times(long count) => new(checked(Units * count), Decimals);

    /// <summary>This value times <paramref name="other"/>, rounded to this value's decimals.</summary>
    public FixedPoint Multiply(FixedPoint other, FixedPointRounding rounding) =>
        new(Divide((Int128)Units * other.Units, other.Scale, rounding), Decimals);

    /// <summary>This value divided by <paramref name="other"/>, rounded to this value's decimals.</summary>
    public FixedPoint DivideBy(FixedPoint other, FixedPointRounding rounding) =>
        new(Divide((Int128)Units * other.Scale, other.Units, rounding), Decimals);

    /// <summary>This value divided by a whole number, rounded to this value's decimals.</summary>
    public FixedPoint DivideBy(long divisor, FixedPointRounding rounding) =>
        new(Divide(Units, divisor, rounding), Decimals);

    /// <summary>This value at another number of decimals, rounded when decimals are dropped.</summary>
    public FixedPoint Rescale(int decimals, FixedPointRounding rounding)
    {
        if (decimals >= Decimals)
        {
            return new(checked(Units * UnitsPerWhole(decimals - Decimals)), decimals);
        }

        return new(Divide(Units, UnitsPerWhole(Decimals - decimals), rounding), decimals);
    }

    /// <summary>The whole part, rounded down.</summary>
    public long Floor() => Units >= 0 ? Units / Scale : -((-Units + Scale - 1) / Scale);

    /// <inheritdoc />
    public int CompareTo(FixedPoint other) => Units.CompareTo(Same(this, other).Units);

    /// <summary>The exact decimal text, always with <see cref="Decimals"/> digits after the point ("12.500000").</summary>
    public override string ToString() => Format(Units, Decimals);

    /// <summary>Formats raw <paramref name="units"/> at <paramref name="decimals"/> decimals exactly.</summary>
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
    /// Parses "123", "123.4" or "-0.000001" at <paramref name="decimals"/> decimals; false when the
    /// text is not a decimal number or has more decimals than that.
    /// </summary>
    public static bool TryParse(string text, int decimals, out FixedPoint value)
    {
        value = Zero(decimals);
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
            !long.TryParse(whole + fraction.PadRight(decimals, '0'), NumberStyles.None, CultureInfo.InvariantCulture, out var units))
        {
            return false;
        }

        value = new FixedPoint(negative ? -units : units, decimals);
        return true;
    }

    private static FixedPoint Same(FixedPoint left, FixedPoint right) =>
        left.Decimals == right.Decimals
            ? right
            : throw new ArgumentException($"cannot mix {left.Decimals} and {right.Decimals} decimals", nameof(right));
}
