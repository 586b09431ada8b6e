using System.Globalization;
using System.Text.RegularExpressions;
using Elections.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Configuration.Reading;

/// <summary>
/// Reads one typed value from a YAML node, reporting a precise "wrong type" problem (never relying on
/// deserializer exceptions), e.g. <c>wrong type: expected a date YYYY-MM-DD ..., got "soon"</c>.
/// </summary>
internal static partial class ValueReader
{
    /// <summary>The most characters of a value quoted back in a message.</summary>
    private const int MaxShown = 60;

    private const int MinYear = 2000;
    private const int MaxYear = 2999;

    private const string DateExample = "a date YYYY-MM-DD (Anywhere on Earth) or an instant with an offset, YYYY-MM-DDTHH:MM:SSZ";

    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>True for an explicitly empty value: <c>key:</c>, <c>key: ~</c> or <c>key: null</c>.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>How a value is shown in "got ..." messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value.Length: > MaxShown } scalar => $"\"{scalar.Value[..MaxShown]}…\"",
        YamlScalarNode scalar => $"\"{scalar.Value}\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping (key: value lines)",
        _ => "an unsupported value",
    };

    public static bool TryString(ReadContext ctx, YamlNode node, string field, out string value)
    {
        if (node is YamlScalarNode { Value: { } text } && !IsNull(node))
        {
            value = text.Trim();
            if (value.Length > 0)
            {
                return true;
            }
        }

        value = "";
        ctx.Unreadable(node, field, node is YamlScalarNode
            ? "empty value: write the text after the colon"
            : $"wrong type: expected text, got {Describe(node)}");
        return false;
    }

    public static bool TryLong(ReadContext ctx, YamlNode node, string field, long min, long max, out long value)
    {
        value = 0;
        if (node is not YamlScalarNode { Value: { } text } || !IntegerPattern().IsMatch(text)
            || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            ctx.Unreadable(node, field, $"wrong type: expected a whole number like {Math.Max(min, 1)}, got {Describe(node)}");
            return false;
        }

        if (value < min || value > max)
        {
            var range = max >= int.MaxValue ? $"at least {min}" : $"between {min} and {max}";
            ctx.Unreadable(node, field, $"must be {range}, got {value}: change it to a number in that range");
            return false;
        }

        return true;
    }

    public static bool TryInt(ReadContext ctx, YamlNode node, string field, int min, int max, out int value)
    {
        var ok = TryLong(ctx, node, field, min, max, out var wide);
        value = ok ? (int)wide : 0;
        return ok;
    }

    public static bool TryBool(ReadContext ctx, YamlNode node, string field, out bool value)
    {
        value = false;
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } text }
            && bool.TryParse(text, out value))
        {
            return true;
        }

        ctx.Unreadable(node, field, $"wrong type: expected true or false, got {Describe(node)}");
        return false;
    }

    /// <summary>One of <paramref name="names"/>, with a did-you-mean for a misspelling.</summary>
    public static bool TryChoice(ReadContext ctx, YamlNode node, string field, IReadOnlyList<string> names, out string value)
    {
        if (!TryString(ctx, node, field, out value))
        {
            return false;
        }

        if (names.Contains(value, StringComparer.Ordinal))
        {
            return true;
        }

        ctx.Unreadable(node, field, $"unknown value '{value}': {EditDistance.Hint(value, names)}");
        return false;
    }

    /// <summary>
    /// A plain date (<paramref name="date"/> set, <paramref name="instant"/> null) or an ISO-8601 instant
    /// that carries its offset (<paramref name="instant"/> set).
    /// </summary>
    public static bool TryDateOrInstant(ReadContext ctx, YamlNode node, string field, out DateOnly date, out DateTimeOffset? instant)
    {
        date = default;
        instant = null;
        var text = node is YamlScalarNode { Value: { } raw } && !IsNull(node) ? raw.Trim() : "";
        var dateMatch = DatePattern().Match(text);
        if (dateMatch.Success && text.Length == 10)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                return InRange(ctx, node, field, text, date.Year);
            }

            ctx.Unreadable(node, field, $"impossible date {text}: {WhyImpossible(dateMatch)}; write a real calendar date");
            return false;
        }

        if (dateMatch.Success && InstantPattern().IsMatch(text))
        {
            if (!OffsetPattern().IsMatch(text))
            {
                ctx.Unreadable(node, field, $"the instant {text} has no UTC offset: add one (Z or +02:00), or write a plain date like {text[..10]} for Anywhere on Earth");
                return false;
            }

            if (DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                instant = parsed;
                return InRange(ctx, node, field, text, parsed.Year);
            }

            ctx.Unreadable(node, field, $"impossible instant {text}: check the date, the time (00:00 to 23:59) and the offset");
            return false;
        }

        ctx.Unreadable(node, field, $"wrong type: expected {DateExample}, got {Describe(node)}");
        return false;
    }

    /// <summary>Election dates lie in years <see cref="MinYear"/>–<see cref="MaxYear"/>; outside them, AoE arithmetic leaves the calendar.</summary>
    private static bool InRange(ReadContext ctx, YamlNode node, string field, string text, int year)
    {
        if (year is >= MinYear and <= MaxYear)
        {
            return true;
        }

        ctx.Unreadable(node, field, $"the date {text} is not in the years {MinYear}–{MaxYear}; check the year");
        return false;
    }

    private static string WhyImpossible(Match match)
    {
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year < 1)
        {
            return "there is no year 0";
        }

        if (month is < 1 or > 12)
        {
            return $"there is no month {match.Groups[2].Value}";
        }

        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return $"{monthName} {year} has {DateTime.DaysInMonth(year, month)} days";
    }

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}")]
    private static partial Regex InstantPattern();

    [GeneratedRegex(@"(Z|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex OffsetPattern();
}
