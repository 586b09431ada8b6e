using System.Globalization;

namespace Elections.App.Presentation.Tally;

/// <summary>The plain-text tally: winners in order, then the count round by round, then every tie.</summary>
public static class TallyText
{
    public static void Write(TallyView view, TextWriter output)
    {
        var r = view.Result;
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"Method {r.Method}, {r.Seats} seat(s), {r.Ballots} ballots ({r.Valid} valid)"));
        output.WriteLine("Winners:");
        for (var i = 0; i < r.Winners.Count; i++)
        {
            output.WriteLine(string.Create(invariant, $"  {i + 1}. {r.Winners[i]}"));
        }

        if (view.Terms is { } terms)
        {
            output.WriteLine($"Long terms: {string.Join(", ", terms.Long)}");
            output.WriteLine($"Short terms: {string.Join(", ", terms.Short)}");
        }

        foreach (var line in view.ConflictLines)
        {
            output.WriteLine($"Conflict: {line}");
        }

        if (r.Ranking.Count > r.Winners.Count)
        {
            output.WriteLine($"Ranking: {string.Join(" > ", r.Ranking)}");
        }

        foreach (var round in r.Rounds)
        {
            output.WriteLine();
            output.WriteLine(string.Create(invariant, $"Round {round.Number}: {round.Note}"));
            if (round.Threshold is not null)
            {
                output.WriteLine($"  threshold {round.Threshold}");
            }

            var width = round.Votes.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
            foreach (var (name, votes) in round.Votes)
            {
                output.WriteLine($"  {name.PadRight(width)}  {votes,14}");
            }

            if (round.Exhausted is not null)
            {
                output.WriteLine($"  {"exhausted".PadRight(width)}  {round.Exhausted,14}");
            }

            if (round.Elected.Count > 0)
            {
                output.WriteLine($"  elected: {string.Join(", ", round.Elected)}");
            }

            if (round.Eliminated.Count > 0)
            {
                output.WriteLine($"  eliminated: {string.Join(", ", round.Eliminated)}");
            }
        }

        foreach (var tie in r.Ties)
        {
            output.WriteLine();
            output.WriteLine(string.Create(invariant, $"Tie (round {tie.Round}): {string.Join(", ", tie.Tied)} -> {string.Join(", ", tie.Chosen)}: {tie.Rule}"));
        }
    }
}
