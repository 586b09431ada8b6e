using System.Globalization;
using Elections.Core.Ballots;

namespace Elections.Core.Tally.Simple;

/// <summary>
/// Shared shape of the single-round counts (plurality, approval): votes per continuing candidate,
/// the top <c>seats</c> win, equal votes ordered by <see cref="TieBreaking.OrderByName"/> and the
/// tie logged whenever it decides a seat.
/// </summary>
internal static class SingleRoundResult
{
    public static TallyResult Build(string method, CountSetup setup, long[] votes, long valid, string note)
    {
        var groups = setup.Continuing
            .GroupBy(c => votes[c])
            .OrderByDescending(g => g.Key)
            .Select(g => TieBreaking.OrderByName(g, setup.Names))
            .ToList();
        var order = new List<int>();
        var ties = new List<TieBreak>();
        foreach (var group in groups)
        {
            var before = order.Count;
            order.AddRange(group);
            if (group.Length > 1 && before < setup.Seats && order.Count > setup.Seats)
            {
                ties.Add(new TieBreak
                {
                    Round = 1,
                    Tied = setup.NamesOf(group),
                    Chosen = setup.NamesOf(group.Take(setup.Seats - before)),
                    Rule = $"equal votes ({votes[group[0]].ToString(CultureInfo.InvariantCulture)}) across the last seat; {TieBreaking.ByNameRule}",
                });
            }
        }

        var winners = order.Take(setup.Seats).ToList();
        return new TallyResult
        {
            Method = method,
            Seats = setup.Seats,
            Ballots = setup.Box.TotalWeight,
            Valid = valid,
            Winners = setup.NamesOf(winners),
            Ranking = setup.NamesOf(order),
            Rounds =
            [
                new TallyRound
                {
                    Number = 1,
                    Votes = setup.Continuing.ToDictionary(c => setup.Names[c], c => votes[c].ToString(CultureInfo.InvariantCulture)),
                    Elected = setup.NamesOf(winners),
                    Note = note,
                },
            ],
            Ties = ties,
        };
    }

    /// <summary>The continuing candidates of a ballot's first rank group that has any.</summary>
    public static int FirstGroup(ReadOnlySpan<ushort> entries, CountSetup setup, Span<int> into)
    {
        var count = 0;
        foreach (var entry in entries)
        {
            if (count > 0 && !RankEntry.IsTiedWithPrevious(entry))
            {
                break;
            }

            var c = RankEntry.Candidate(entry);
            if (!setup.Excluded[c])
            {
                into[count++] = c;
            }
        }

        return count;
    }
}
