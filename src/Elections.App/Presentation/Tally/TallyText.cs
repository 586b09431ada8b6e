using System.Globalization;

namespace Elections.App.Presentation.Tally;

/// <summary>The plain-text tally: winners in order, then the count round by round, then every tie.</summary>
public static class TallyText
{
    /// <summary>Writes the report for <paramref name="view"/> to <paramref name="output"/>.</summary>
    public static void Write(TallyView view, TextWriter output)
    {
        var r = view.Result;
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(view.Summary);
        foreach (var setting in view.Settings)
        {
            output.WriteLine($"  {setting}");
        }

        output.WriteLine("Winners:");
        for (var i = 0; i < r.Winners.Count; i++)
        {
            output.WriteLine(string.Create(invariant, $"  {i + 1}. {r.Winners[i]}"));
        }

        foreach (var line in view.TermLines)
        {
            output.WriteLine(line);
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
                output.WriteLine($"  {TallyView.Elected(round.Elected)}");
            }

            if (round.Eliminated.Count > 0)
            {
                output.WriteLine($"  {TallyView.Eliminated(round.Eliminated)}");
            }
        }

        foreach (var line in view.TieLines)
        {
            output.WriteLine();
            output.WriteLine(line);
        }
    }
}
