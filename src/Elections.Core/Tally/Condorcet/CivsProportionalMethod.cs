using System.Globalization;
using Elections.Core.Ballots;
using Elections.Core.Validation;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// CIVS "Enforce proportional representation", best-candidate mode (tally.md §1.3; the NixOS
/// Steering Committee 2024 rule, nixos-anchor.md §5.1). The individual order is Minimax-PM over
/// the pairwise counts (unranked tied last, as CIVS stores them); the committee is found by
/// <see cref="CommitteeSearch"/>. Winners are listed in the individual order, which also decides
/// term lengths. More than one unbeaten committee is a tie CIVS reports; this engine takes the
/// first one explored and logs it.
/// </summary>
public sealed class CivsProportionalMethod : ITallyMethod
{
    /// <summary>Committees are bit sets over candidate indices.</summary>
    public const int MaxCandidates = 64;

    /// <inheritdoc />
    public string Name => "civs-proportional";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(options);
        if (ballots.Candidates.Count > MaxCandidates)
        {
            throw new InvalidInputException(Problem.Setting(
                SettingKeys.Method,
                $"civs-proportional handles at most {MaxCandidates} candidates, the file has {ballots.Candidates.Count}; use another method"));
        }

        var setup = CountSetup.Create(ballots, options);
        var matrix = PairwiseMatrix.Build(ballots, UnrankedPolicy.Last);
        var groups = MinimaxPm.Rank(matrix, setup.Continuing);
        var ties = new List<TieBreak>();
        var individual = PlacementResult.Build(
            "minimax",
            setup,
            groups,
            (remaining, c) => MinimaxPm.WorstMargin(matrix, c, remaining),
            "individual order, Minimax-PM: votes = margin of the strongest contest against each remaining candidate",
            matrix,
            ties);
        var order = individual.Ranking.Select(name => CountSetup.IndexOf(setup.Names, name)).ToList();

        // CIVS starts the search from its own listing of the individual order (tied ranks in file order).
        var searchOrder = groups.SelectMany(g => g.Order()).ToList();
        var search = new CommitteeSearch(ballots, setup.Continuing, setup.Seats);
        var unbeaten = search.Run(searchOrder);
        var chosen = unbeaten[0];
        if (unbeaten.Count > 1)
        {
            ties.Add(new TieBreak
            {
                Round = individual.Rounds.Count + 1,
                Tied = unbeaten.Select(c => "{" + string.Join(", ", setup.NamesOf(CommitteeSearch.Members(c))) + "}").ToArray(),
                Chosen = ["{" + string.Join(", ", setup.NamesOf(CommitteeSearch.Members(chosen))) + "}"],
                Rule = $"{unbeaten.Count} unbeaten committees (CIVS reports them all); the first one explored is taken",
            });
        }

        var winners = order.Where(c => (chosen & (1UL << c)) != 0).ToList();
        var ranking = winners.Concat(order.Where(c => !winners.Contains(c))).ToList();
        var appearances = new Dictionary<string, string>();
        foreach (var c in setup.Continuing)
        {
            appearances[setup.Names[c]] = search.Explored.Count(m => (m & (1UL << c)) != 0).ToString(CultureInfo.InvariantCulture);
        }

        var rankings = search.DistinctCount > 0 ? $"{search.DistinctCount} distinct rankings" : "the ballots (mostly distinct rankings)";
        var note = $"committee search: {search.Visits} visits, {search.Explored.Count} committees compared on {rankings} by "
            + $"proportionally valid f-preferences, decided by beatpath (votes = committees explored containing each candidate)";
        if (search.Failed)
        {
            note += $"; the search reached CIVS's cap of {CommitteeSearch.MaxVisits} visits, so (as CIVS warns) the result may be incorrect";
        }

        var rounds = individual.Rounds.Select(r => r with { Elected = [] }).ToList();
        rounds.Add(new TallyRound
        {
            Number = rounds.Count + 1,
            Votes = appearances,
            Elected = setup.NamesOf(winners),
            Note = note,
        });

        return individual with
        {
            Method = Name,
            Winners = setup.NamesOf(winners),
            Ranking = setup.NamesOf(ranking),
            Rounds = rounds,
            Ties = ties,
        };
    }
}
