using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Elections.Core.Configuration.Reading;

/// <summary>Parses an approval threshold written as <c>2/3</c>, <c>50%</c>, <c>66.67%</c> or <c>0.5</c>, exactly.</summary>
internal static partial class ThresholdText
{
    public static bool TryParse(string text, bool strict, out ApprovalThreshold threshold)
    {
        threshold = new ApprovalThreshold(0, 1, strict);
        var fraction = FractionPattern().Match(text);
        long numerator;
        long denominator;
        if (fraction.Success)
        {
            if (!long.TryParse(fraction.Groups[1].Value, CultureInfo.InvariantCulture, out numerator)
                || !long.TryParse(fraction.Groups[2].Value, CultureInfo.InvariantCulture, out denominator))
            {
                return false;
            }
        }
        else
        {
            var decimalMatch = DecimalPattern().Match(text);
            if (!decimalMatch.Success)
            {
                return false;
            }

            var digits = decimalMatch.Groups[1].Value + decimalMatch.Groups[2].Value;
            var scale = decimalMatch.Groups[2].Value.Length + (decimalMatch.Groups[3].Success ? 2 : 0);
            if (scale > 12 || !long.TryParse(digits, CultureInfo.InvariantCulture, out numerator))
            {
                return false;
            }

            denominator = (long)BigInteger.Pow(10, scale);
        }

        if (denominator <= 0 || numerator <= 0 || numerator > denominator)
        {
            return false;
        }

        var divisor = (long)BigInteger.GreatestCommonDivisor(numerator, denominator);
        threshold = new ApprovalThreshold(numerator / divisor, denominator / divisor, strict);
        return true;
    }

    [GeneratedRegex(@"^\s*([0-9]{1,12})\s*/\s*([0-9]{1,12})\s*$")]
    private static partial Regex FractionPattern();

    [GeneratedRegex(@"^\s*([0-9]{1,6})(?:\.([0-9]{1,6}))?\s*(%)?\s*$")]
    private static partial Regex DecimalPattern();
}
