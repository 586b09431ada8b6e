namespace Elections.Core.Validation;

/// <summary>Suggests the closest allowed word for a misspelt one ("did you mean 'voting_closes'?").</summary>
internal static class EditDistance
{
    /// <summary>The Levenshtein distance between two strings (insert, delete, substitute each cost 1).</summary>
    public static int Between(string a, string b)
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
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>
    /// The candidate closest to <paramref name="word"/> when it is close enough to be a typo (at most a
    /// third of the word's length, and at least 2, edits; case and '-'/'_' differences are free).
    /// </summary>
    public static bool TrySuggest(string word, IEnumerable<string> candidates, out string suggestion)
    {
        var normalized = Normalize(word);
        var best = "";
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Between(normalized, Normalize(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        suggestion = best;
        return bestDistance <= Math.Max(2, word.Length / 3);
    }

    /// <summary>"did you mean 'x'? " when a suggestion exists, else the list of allowed words.</summary>
    public static string Hint(string word, IReadOnlyCollection<string> candidates) =>
        TrySuggest(word, candidates, out var suggestion)
            ? $"did you mean '{suggestion}'?"
            : $"allowed: {string.Join(", ", candidates)}";

    private static string Normalize(string word) => word.ToLowerInvariant().Replace('-', '_');
}
