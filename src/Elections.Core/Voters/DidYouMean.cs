namespace Elections.Core.Voters;

/// <summary>Suggests the nearest known name for a misspelt field (edit distance at most 2, or a case-only difference).</summary>
internal static class DidYouMean
{
    /// <summary>Returns <c> (did you mean "x"?)</c>, or an empty string when nothing is close.</summary>
    public static string Hint(string input, IEnumerable<string> known)
    {
        var best = "";
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = string.Equals(name, input, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance(input.ToUpperInvariant(), name.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = name;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(1, Math.Min(2, input.Length / 3)) ? $" (did you mean \"{best}\"?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
