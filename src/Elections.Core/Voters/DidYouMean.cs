namespace Elections.Core.Voters;

/// <summary>Suggests the nearest known name for a misspelt field (edit distance with transpositions at most 1, or 2 for longer names).</summary>
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

        return bestDistance <= (input.Length <= 4 ? 1 : 2) ? $" (did you mean \"{best}\"?)" : "";
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
