using System.Globalization;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// Turns an order of rank groups (best first; a group holds candidates the method could not
/// separate) into a <see cref="TallyResult"/>: one round per placed group, winners = the first
/// <see cref="CountSetup.Seats"/> candidates, and every tie inside a group broken by
/// <see cref="TieBreaking.OrderByName"/> and logged.
/// </summary>
internal static class PlacementResult
{
    /// <param name="method">Method name.</param>
    /// <param name="setup">The count setup.</param>
    /// <param name="groups">Rank groups, best first; only continuing candidates.</param>
    /// <param name="score">Score shown per remaining candidate before each placement (remaining set → candidate → value).</param>
    /// <param name="scoreLabel">What the score means, for the round note.</param>
    /// <param name="matrix">The pairwise counts, reported with the result.</param>
    /// <param name="ties">Ties already logged by the method; the group ties are appended.</param>
    public static TallyResult Build(
        string method,
        CountSetup setup,
        IReadOnlyList<IReadOnlyList<int>> groups,
        Func<IReadOnlyCollection<int>, int, long> score,
        string scoreLabel,
        PairwiseMatrix matrix,
        IList<TieBreak> ties)
    {
        var order = new List<int>();
        var rounds = new List<TallyRound>();
        var remaining = new HashSet<int>(setup.Continuing);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var votes = new Dictionary<string, string>();
            foreach (var c in remaining.Order())
            {
                votes[setup.Names[c]] = score(remaining, c).ToString(CultureInfo.InvariantCulture);
            }

            var ordered = TieBreaking.OrderByName(group, setup.Names);
            if (group.Count > 1)
            {
                ties.Add(new TieBreak
                {
                    Round = g + 1,
                    Tied = setup.NamesOf(ordered),
                    Chosen = setup.NamesOf(ordered),
                    Rule = $"{method} ranks them equal (place {order.Count + 1}); {TieBreaking.ByNameRule}",
                });
            }

            var elected = ordered.Where((_, i) => order.Count + i < setup.Seats).ToArray();
            var place = order.Count + 1;
            order.AddRange(ordered);
            remaining.ExceptWith(group);
            rounds.Add(new TallyRound
            {
                Number = g + 1,
                Votes = votes,
                Elected = setup.NamesOf(elected),
                Note = group.Count == 1
                    ? $"place {place}: {setup.Names[group[0]]} ({scoreLabel})"
                    : $"places {place}-{place + group.Count - 1} shared: {string.Join(", ", setup.NamesOf(ordered))} ({scoreLabel})",
            });
        }

        return new TallyResult
        {
            Method = method,
            Seats = setup.Seats,
            Ballots = setup.Box.TotalWeight,
            Valid = setup.Valid,
            Winners = setup.NamesOf(order.Take(setup.Seats)),
            Ranking = setup.NamesOf(order),
            Rounds = rounds,
            Ties = [.. ties],
            Pairwise = Table(setup, matrix),
        };
    }

    /// <summary>The pairwise counts among continuing candidates.</summary>
    public static PairwiseTable Table(CountSetup setup, PairwiseMatrix matrix) => new()
    {
        Candidates = setup.NamesOf(setup.Continuing),
        Counts = setup.Continuing
            .Select(i => (IReadOnlyList<long>)setup.Continuing.Select(j => i == j ? 0 : matrix[i, j]).ToArray())
            .ToArray(),
    };

    /// <summary>
    /// Peels a strict partial order into rank groups: repeatedly the remaining candidates no
    /// remaining candidate beats. Used by Schulze and ranked pairs.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Peel(IReadOnlyList<int> candidates, Func<int, int, bool> beats)
    {
        var groups = new List<IReadOnlyList<int>>();
        var remaining = new List<int>(candidates);
        while (remaining.Count > 0)
        {
            var unbeaten = remaining.Where(c => !remaining.Any(o => o != c && beats(o, c))).ToList();
            if (unbeaten.Count == 0)
            {
                // Not a strict partial order (cannot happen for Schulze or ranked pairs); keep all tied.
                unbeaten = remaining;
            }

            groups.Add(unbeaten);
            remaining = remaining.Except(unbeaten).ToList();
        }

        return groups;
    }
}
