using Elections.Core.Tally;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// The BLT comment that carries the unranked rule (issue 9): BLT itself always means "unranked
/// candidates are tied last" (OpaVote, OpenSTV), so ballots whose unranked candidates are
/// incomparable (CIVS "No opinion") are written with <c># elections: unranked=incomparable</c>
/// before the first ballot. This project's reader honours it; every other BLT tool skips the
/// comment and ranks unranked candidates last, which the writer warns about.
/// </summary>
public static class BltUnrankedComment
{
    /// <summary>The comment's key, after <c>#</c>.</summary>
    public const string Prefix = "elections:";

    /// <summary>The comment line for <paramref name="unranked"/> (without the newline).</summary>
    public static string For(UnrankedPolicy unranked) =>
        $"# {Prefix} unranked={(unranked == UnrankedPolicy.Incomparable ? "incomparable" : "last")}";

    /// <summary>The explanation written under it, for people reading the file.</summary>
    public const string Explanation =
        "# Unranked candidates are compared with nobody on the ballot (No opinion). Other BLT tools ignore this comment and rank them last.";

    /// <summary>
    /// Reads the text after <c>#</c>: false when it is an ordinary comment; otherwise the rule, or
    /// an error message (with the fix) when the comment names no rule this project knows.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> comment, out UnrankedPolicy unranked, out string? error)
    {
        unranked = UnrankedPolicy.Last;
        error = null;
        var text = comment.Trim();
        if (!text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var setting = text[Prefix.Length..].Trim();
        var equals = setting.IndexOf('=');
        var key = equals < 0 ? setting : setting[..equals].Trim();
        var value = equals < 0 ? [] : setting[(equals + 1)..].Trim();
        if (!key.Equals("unranked", StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{key}' is not a setting this reader knows; the only one is '{Prefix} unranked=incomparable' (or =last)";
            return true;
        }

        if (value.Equals("incomparable", StringComparison.OrdinalIgnoreCase))
        {
            unranked = UnrankedPolicy.Incomparable;
        }
        else if (!value.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{value}' is not an unranked rule; write unranked=incomparable or unranked=last";
        }

        return true;
    }
}
