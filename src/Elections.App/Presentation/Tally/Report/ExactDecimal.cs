namespace Elections.App.Presentation.Tally.Report;

/// <summary>
/// Exact decimal strings as a method writes them ("7192.000000", at its fixed precision), shown
/// without trailing zeros ("7192", "12.5"); never through floating point.
/// </summary>
public static class ExactDecimal
{
    /// <summary>The value without trailing fractional zeros; text that is not a plain decimal is returned unchanged.</summary>
    public static string Trim(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var point = value.IndexOf('.', StringComparison.Ordinal);
        if (point < 0 || !value.AsSpan(point + 1).ContainsOnlyDigits())
        {
            return value;
        }

        var trimmed = value.TrimEnd('0');
        return trimmed.EndsWith('.') ? trimmed[..^1] : trimmed;
    }

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
