using System.Text.Json;
using Elections.Core.Tally;

namespace Elections.Conformance;

/// <summary>
/// An OpaVote JSON result report: per round, every candidate's count and the threshold as
/// integers scaled by 10^precision. Compares a <see cref="TallyResult"/> with it exactly.
/// </summary>
internal sealed record OpaVoteReport(int Precision, IReadOnlyList<string> Candidates, IReadOnlyList<OpaVoteRound> Rounds)
{
    public static OpaVoteReport Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var candidates = root.GetProperty("candidates").EnumerateArray().Select(v => v.GetString() ?? "").ToList();
        var rounds = root.GetProperty("rounds").EnumerateArray()
            .Select(r => new OpaVoteRound(
                r.GetProperty("count").EnumerateArray().Select(v => v.GetInt64()).ToList(),
                r.GetProperty("thresh").GetInt64(),
                r.GetProperty("exhausted").GetInt64()))
            .ToList();
        return new OpaVoteReport(root.GetProperty("precision").GetInt32(), candidates, rounds);
    }

    /// <summary>Returns an empty string when every round matches, else the first difference.</summary>
    public string Compare(TallyResult result)
    {
        if (result.Rounds.Count != Rounds.Count)
        {
            return $"{result.Rounds.Count} rounds, reference has {Rounds.Count}";
        }

        for (var r = 0; r < Rounds.Count; r++)
        {
            var mine = result.Rounds[r];
            var reference = Rounds[r];
            if (Units(mine.Threshold) != reference.Threshold)
            {
                return $"round {r + 1}: threshold {mine.Threshold}, reference {Format(reference.Threshold)}";
            }

            if (Units(mine.Exhausted) != reference.Exhausted)
            {
                return $"round {r + 1}: exhausted {mine.Exhausted}, reference {Format(reference.Exhausted)}";
            }

            for (var c = 0; c < Candidates.Count; c++)
            {
                var got = mine.Votes.TryGetValue(Candidates[c], out var text) ? Units(text) : 0;
                if (got != reference.Counts[c])
                {
                    return $"round {r + 1}: {Candidates[c]} has {Format(got)}, reference {Format(reference.Counts[c])}";
                }
            }
        }

        return "";
    }

    private long Units(string? text) =>
        text is not null && FixedPoint.TryParse(text, Precision, out var units) ? units : long.MinValue;

    private string Format(long units) => FixedPoint.Format(units, Precision);
}

/// <summary>One OpaVote round: counts by candidate index, threshold and exhausted, scaled.</summary>
internal sealed record OpaVoteRound(IReadOnlyList<long> Counts, long Threshold, long Exhausted);
