namespace Elections.App.Ports.GitHub;

/// <summary>
/// The hidden line that marks a comment or issue the bot created for one effect:
/// <c>&lt;!-- elections:effect=KEY --&gt;</c>. After a lost answer the client looks for this marker (on a bot's
/// comment), never for the body text, so two identical replies with different keys stay two, each made once.
/// </summary>
public static class EffectMarker
{
    /// <summary>The marker line for <paramref name="effectKey"/> (characters that could end an HTML comment are escaped).</summary>
    public static string Line(string effectKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(effectKey);
        var safe = effectKey
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("--", "-%2D", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
        return $"<!-- elections:effect={safe} -->";
    }

    /// <summary><paramref name="body"/> with the marker appended on its own line.</summary>
    public static string Append(string body, string effectKey)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Length == 0 ? Line(effectKey) : $"{body.TrimEnd('\n')}\n\n{Line(effectKey)}";
    }

    /// <summary>True when <paramref name="body"/> carries the marker of exactly <paramref name="effectKey"/> on a line of its own.</summary>
    public static bool IsIn(string body, string effectKey)
    {
        ArgumentNullException.ThrowIfNull(body);
        var line = Line(effectKey);
        return body.Split('\n').Any(l => string.Equals(l.TrimEnd('\r'), line, StringComparison.Ordinal));
    }
}
