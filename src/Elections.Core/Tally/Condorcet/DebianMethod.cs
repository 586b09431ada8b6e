using System.Globalization;
using Elections.Core.Ballots;
using Elections.Core.Validation;

namespace Elections.Core.Tally.Condorcet;

/// <summary>
/// The Debian constitution's Condorcet count (§A.6, "Cloneproof Schwartz Sequential Dropping";
/// tally.md §1.1). Unranked options are tied below every ranked one. (2) An option ranked above
/// the default option by fewer than the quorum is dropped; (3) an option that does not defeat the
/// default option by more than its required majority (<see cref="TallyOptions.Supermajority"/>
/// to one) is dropped. Then, among the rest: A defeats B when V(A,B) &gt; V(B,A); the Schwartz set
/// is the smallest set no outside option defeats any member of; while defeats remain inside it,
/// the weakest of them (fewest votes for the winner, then most votes against) are dropped. The
/// Schwartz set that remains wins; more than one member is a tie the constitution leaves to the
/// chair's casting vote, which this engine replaces by <see cref="TieBreaking.OrderByName"/>,
/// logged. The full order repeats the count without the options already placed.
/// </summary>
public sealed class DebianMethod : ITallyMethod
{
    private static readonly string[] DefaultNames = ["None of the Above", "Further Discussion", "NOTA"];

    /// <inheritdoc />
    public string Name => "debian";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(options);
        var setup = CountSetup.Create(ballots, options);
        var unranked = options.Unranked == UnrankedPolicy.Default ? UnrankedPolicy.Last : options.Unranked;
        var matrix = PairwiseMatrix.Build(ballots, unranked);
        var defaultOption = FindDefault(setup, options.DefaultOption);
        var rounds = new List<TallyRound>();
        var ties = new List<TieBreak>();

        var eligible = new List<int>(setup.Continuing);
        if (defaultOption >= 0)
        {
            var dropped = new List<int>();
            var votes = new Dictionary<string, string>();
            foreach (var a in setup.Continuing.Where(a => a != defaultOption))
            {
                long forA = matrix[a, defaultOption], forDefault = matrix[defaultOption, a];
                votes[setup.Names[a]] = forA.ToString(CultureInfo.InvariantCulture);
                var quorumMet = forA >= options.Quorum;
                var majorityMet = forA > checked(forDefault * options.Supermajority);
                if (!quorumMet || !majorityMet)
                {
                    dropped.Add(a);
                }
            }

            eligible.RemoveAll(dropped.Contains);
            rounds.Add(new TallyRound
            {
                Number = 1,
                Votes = votes,
                Eliminated = setup.NamesOf(dropped),
                Note = $"votes = ballots preferring the option to the default option {setup.Names[defaultOption]}; "
                    + $"quorum {options.Quorum}, majority {options.Supermajority}:1; options failing either are dropped (§A.6(2)-(3))",
            });
        }

        var order = new List<int>();
        var remaining = new List<int>(eligible);
        while (remaining.Count > 0)
        {
            var winners = SchwartzSequentialDropping(matrix, remaining, setup, rounds);
            var ordered = TieBreaking.OrderByName(winners, setup.Names);
            if (ordered.Length > 1)
            {
                ties.Add(new TieBreak
                {
                    Round = rounds.Count,
                    Tied = setup.NamesOf(ordered),
                    Chosen = [setup.Names[ordered[0]]],
                    Rule = "several options remain in the Schwartz set with no defeats among them (the chair's casting vote, §A.6(8)); "
                        + TieBreaking.ByNameRule,
                });
            }

            order.Add(ordered[0]);
            remaining.Remove(ordered[0]);
        }

        // Options dropped for quorum or majority come after the rest, below the default option.
        var droppedOrder = setup.Continuing.Where(c => !eligible.Contains(c)).ToList();
        var full = order.Concat(MinimaxPm.Rank(matrix, droppedOrder).SelectMany(g => TieBreaking.OrderByName(g, setup.Names))).ToList();
        var winnersList = order.Take(setup.Seats).ToList();
        return new TallyResult
        {
            Method = Name,
            Seats = setup.Seats,
            Ballots = ballots.TotalWeight,
            Valid = setup.Valid,
            Winners = setup.NamesOf(winnersList),
            Ranking = setup.NamesOf(full),
            Rounds = rounds,
            Ties = ties,
            Pairwise = PlacementResult.Table(setup, matrix),
        };
    }

    /// <summary>Runs §A.6(5)-(8) over <paramref name="options"/> and returns the final Schwartz set.</summary>
    private static List<int> SchwartzSequentialDropping(PairwiseMatrix matrix, List<int> options, CountSetup setup, List<TallyRound> rounds)
    {
        var dropped = new HashSet<(int, int)>();
        bool Defeats(int a, int b) => a != b && matrix[a, b] > matrix[b, a] && !dropped.Contains((a, b));
        var set = new List<int>(options);
        while (true)
        {
            set = SchwartzSet(set, Defeats);
            var inside = set.SelectMany(a => set.Where(b => Defeats(a, b)).Select(b => (a, b))).ToList();
            var votes = set.ToDictionary(
                c => setup.Names[c],
                c => set.Count(o => Defeats(c, o)).ToString(CultureInfo.InvariantCulture));
            if (inside.Count == 0)
            {
                rounds.Add(new TallyRound
                {
                    Number = rounds.Count + 1,
                    Votes = votes,
                    Elected = set.Count == 1 ? [setup.Names[set[0]]] : [],
                    Note = $"Schwartz set {{{string.Join(", ", setup.NamesOf(set))}}} has no defeats inside: it wins (votes = defeats inflicted)",
                });
                return set;
            }

            var weakest = inside.Min(p => (matrix[p.a, p.b], -matrix[p.b, p.a]));
            var drop = inside.Where(p => (matrix[p.a, p.b], -matrix[p.b, p.a]) == weakest).ToList();
            dropped.UnionWith(drop);
            rounds.Add(new TallyRound
            {
                Number = rounds.Count + 1,
                Votes = votes,
                Note = $"Schwartz set {{{string.Join(", ", setup.NamesOf(set))}}}; weakest defeat(s) dropped: "
                    + string.Join(", ", drop.Select(p => $"{setup.Names[p.a]} over {setup.Names[p.b]} {matrix[p.a, p.b]}-{matrix[p.b, p.a]}"))
                    + " (votes = defeats inflicted)",
            });
        }
    }

    /// <summary>The Schwartz set: the union of the minimal sets no outsider defeats.</summary>
    private static List<int> SchwartzSet(List<int> options, Func<int, int, bool> defeats)
    {
        // X beats-or-ties... reach[X,Y] = path of defeats X→Y. X is in the Schwartz set iff every
        // option with a path to X is reachable back from X.
        var n = options.Count;
        var reach = new bool[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                reach[i, j] = defeats(options[i], options[j]);
            }
        }

        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                if (!reach[i, k])
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    reach[i, j] |= reach[k, j];
                }
            }
        }

        var set = new List<int>();
        for (var x = 0; x < n; x++)
        {
            var member = true;
            for (var y = 0; y < n && member; y++)
            {
                member = !(reach[y, x] && !reach[x, y]);
            }

            if (member)
            {
                set.Add(options[x]);
            }
        }

        return set;
    }

    private static int FindDefault(CountSetup setup, string? name)
    {
        if (name is not null)
        {
            var index = CountSetup.IndexOf(setup.Names, name);
            if (index < 0 || setup.Excluded[index])
            {
                throw new InvalidInputException(Problem.Setting(
                    SettingKeys.DefaultOption,
                    $"no continuing option is named '{name}'; use one of: {string.Join(", ", setup.NamesOf(setup.Continuing))}"));
            }

            return index;
        }

        foreach (var candidate in DefaultNames)
        {
            var index = CountSetup.IndexOf(setup.Names, candidate);
            if (index >= 0 && !setup.Excluded[index])
            {
                return index;
            }
        }

        return -1;
    }
}
