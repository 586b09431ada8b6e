namespace Elections.Conformance;

/// <summary>
/// expected.json's name rule: a published name matches a candidate when every word of the
/// published name appears in the candidate's name, ignoring case.
/// </summary>
internal static class NameMatch
{
    private static readonly char[] Separators = [' ', '"', '(', ')', ','];

    public static bool Matches(string published, string candidate)
    {
        var words = candidate.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return published.Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .All(w => words.Any(x => string.Equals(x, w, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Whether the sets match one to one (or the sequences, when <paramref name="ordered"/>).</summary>
    public static bool SameWinners(IReadOnlyList<string> published, IReadOnlyList<string> got, bool ordered)
    {
        if (published.Count != got.Count)
        {
            return false;
        }

        if (ordered)
        {
            return published.Zip(got).All(p => Matches(p.First, p.Second));
        }

        var used = new bool[got.Count];
        foreach (var name in published)
        {
            var i = Enumerable.Range(0, got.Count).FirstOrDefault(k => !used[k] && Matches(name, got[k]), -1);
            if (i < 0)
            {
                return false;
            }

            used[i] = true;
        }

        return true;
    }
}
