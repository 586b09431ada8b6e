using Elections.Core.Ballots;

namespace Elections.Conformance;

/// <summary>
/// TEMPORARY: a minimal BLT loader for the corpus until the project's BLT reader lands in main;
/// replaced by Elections.Core.Ballots.Formats then.
/// </summary>
internal static class TemporaryBltLoader
{
    public static BallotBox Load(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var candidates = int.Parse(header[0], System.Globalization.CultureInfo.InvariantCulture);
        // Sized up front: BallotBoxBuilder's growth path has an off-by-one (weights grow slower than starts).
        var builder = new BallotBoxBuilder(lines.Count + 1, text.Length) { DeclaredSeats = int.Parse(header[1], System.Globalization.CultureInfo.InvariantCulture) };
        var i = 1;
        var withdrawn = new List<int>();
        if (lines[i].StartsWith('-'))
        {
            withdrawn.AddRange(lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => -int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) - 1));
            i++;
        }

        var ballots = new List<(long Weight, List<ushort> Entries)>();
        for (; lines[i] != "0"; i++)
        {
            var tokens = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var entries = new List<ushort>();
            foreach (var token in tokens.Skip(1).TakeWhile(t => t != "0"))
            {
                var tied = token.Split('=');
                for (var k = 0; k < tied.Length; k++)
                {
                    entries.Add(RankEntry.Of(int.Parse(tied[k], System.Globalization.CultureInfo.InvariantCulture) - 1, k > 0));
                }
            }

            ballots.Add((long.Parse(tokens[0], System.Globalization.CultureInfo.InvariantCulture), entries));
        }

        for (var c = 0; c < candidates; c++)
        {
            var name = lines[i + 1 + c];
            builder.AddCandidate(name.StartsWith('"') ? name[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : name);
        }

        foreach (var c in withdrawn)
        {
            builder.Withdraw(c);
        }

        foreach (var (weight, entries) in ballots)
        {
            builder.Add(weight, entries.ToArray());
        }

        return builder.Build();
    }
}
