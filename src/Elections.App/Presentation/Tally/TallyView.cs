using System.Globalization;
using Elections.Core.Configuration;
using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;
using Elections.Core.Tally.Settings;

namespace Elections.App.Presentation.Tally;

/// <summary>
/// Everything a tally report shows, with its wording in one place: the text, JSON and HTML reports
/// (and the dashboard and announcements) read their sentences from here.
/// </summary>
/// <param name="Outcome">The final count and the conflict-of-interest steps taken.</param>
/// <param name="Groups">The conflict groups the count enforced.</param>
/// <param name="LongTerms">When set, the first this many winners in order get the long term.</param>
/// <param name="Title">The election's title from the ballot file; empty when it has none.</param>
public sealed record TallyView(ConflictOutcome Outcome, IReadOnlyList<ConflictGroup> Groups, int? LongTerms, string Title)
{
    /// <summary>The count that satisfies every cap.</summary>
    public TallyResult Result => Outcome.Result;

    /// <summary>Every setting the count used and where it came from (flag, election config, file, default).</summary>
    public IReadOnlyList<CountSetting> Settings { get; init; } = [];

    /// <summary>The election's term lengths by place in the winners' order (<c>terms</c> in config/election.yml).</summary>
    public IReadOnlyList<TermGroup> TermGroups { get; init; } = [];

    /// <summary>Each winner with the term length the election's <c>terms</c> give their place; empty without <see cref="TermGroups"/>.</summary>
    public IReadOnlyList<(string Winner, int Years)> WinnerTerms
    {
        get
        {
            var terms = new List<(string, int)>();
            var place = 0;
            foreach (var group in TermGroups)
            {
                for (var i = 0; i < group.Seats && place < Result.Winners.Count; i++)
                {
                    terms.Add((Result.Winners[place++], group.Years));
                }
            }

            return terms;
        }
    }

    /// <summary>One line: method, seats and ballots, e.g. <c>Method meek, 7 seat(s), 512 ballots (509 valid)</c>.</summary>
    public string Summary =>
        string.Create(CultureInfo.InvariantCulture, $"Method {Result.Method}, {Result.Seats} seat(s), {Result.Ballots} ballots ({Result.Valid} valid)");

    /// <summary>Each conflict step in words: which group exceeded its cap and who was dropped.</summary>
    public IEnumerable<string> ConflictLines =>
        Outcome.Steps.Select(step =>
            $"conflict group {step.Group}: {step.Winners.Count} winners ({string.Join(", ", step.Winners)}) exceed the cap of "
            + $"{Groups.First(g => g.Name == step.Group).Max.ToString(CultureInfo.InvariantCulture)}; "
            + $"{step.Dropped}, the lowest ranked, is dropped and the count is run again");

    /// <summary>The long and short terms, when <see cref="LongTerms"/> is set.</summary>
    public (IReadOnlyList<string> Long, IReadOnlyList<string> Short)? Terms =>
        LongTerms is { } n ? TermAssignment.Assign(Result, n) : null;

    /// <summary>The terms in words, one line each; empty without <see cref="LongTerms"/> or <see cref="TermGroups"/>.</summary>
    public IReadOnlyList<string> TermLines =>
        Terms is { } terms
            ? [$"Long terms: {string.Join(", ", terms.Long)}", $"Short terms: {string.Join(", ", terms.Short)}"]
            : WinnerTerms.GroupBy(t => t.Years).Select(g => string.Create(
                CultureInfo.InvariantCulture,
                $"{g.Key}-year {(g.Count() == 1 ? "term" : "terms")}: {string.Join(", ", g.Select(t => t.Winner))}")).ToArray();

    /// <summary>Each tie broken, with the rule used.</summary>
    public IEnumerable<string> TieLines =>
        Result.Ties.Select(tie => string.Create(
            CultureInfo.InvariantCulture,
            $"Tie (round {tie.Round}): {string.Join(", ", tie.Tied)} -> {string.Join(", ", tie.Chosen)}: {tie.Rule}"));

    /// <summary>The candidates elected in a round, in words.</summary>
    public static string Elected(IReadOnlyList<string> names) => $"elected: {string.Join(", ", names)}";

    /// <summary>The candidates eliminated in a round, in words.</summary>
    public static string Eliminated(IReadOnlyList<string> names) => $"eliminated: {string.Join(", ", names)}";
}
