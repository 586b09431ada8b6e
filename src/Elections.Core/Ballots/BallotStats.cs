namespace Elections.Core.Ballots;

/// <summary>
/// Summary figures of a ballot box, as a ballot summary shows them. Counts are
/// ballot weights (voters), not file lines. Withdrawn candidates are passed over, as every count
/// does (tally.md §2.2, Droop): a ballot ranking only withdrawn candidates is not valid.
/// </summary>
public sealed record BallotStats
{
    /// <summary>Number of voters (sum of weights).</summary>
    public required long Ballots { get; init; }

    /// <summary>Number of stored ballot lines.</summary>
    public required int Lines { get; init; }

    /// <summary>Ballots ranking at least one candidate who is not withdrawn.</summary>
    public required long Valid { get; init; }

    /// <summary>Ballots ranking no one.</summary>
    public required long Empty { get; init; }

    /// <summary>Ballots ranking only withdrawn candidates.</summary>
    public required long OnlyWithdrawn { get; init; }

    /// <summary>Element k: ballots using exactly k ranks (rank groups), counting withdrawn candidates' ranks too.</summary>
    public required IReadOnlyList<long> RanksUsed { get; init; }

    /// <summary>Per candidate (box order): valid ballots whose first rank, after withdrawn candidates, is that candidate alone.</summary>
    public required IReadOnlyList<long> FirstPreferences { get; init; }

    /// <summary>Valid ballots whose first rank holds two or more candidates (equal first preferences; not in <see cref="FirstPreferences"/>).</summary>
    public required long TiedFirst { get; init; }

    /// <summary>Computes the figures for <paramref name="box"/>.</summary>
    public static BallotStats Of(BallotBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        var first = new long[box.Candidates.Count];
        var ranksUsed = new List<long>();
        long valid = 0, empty = 0, onlyWithdrawn = 0, tiedFirst = 0;
        for (var i = 0; i < box.Count; i++)
        {
            var weight = box.WeightOf(i);
            var entries = box.EntriesOf(i);
            var groups = 0;
            foreach (var entry in entries)
            {
                if (!RankEntry.IsTiedWithPrevious(entry))
                {
                    groups++;
                }
            }

            while (ranksUsed.Count <= groups)
            {
                ranksUsed.Add(0);
            }

            ranksUsed[groups] += weight;
            if (entries.IsEmpty)
            {
                empty += weight;
                continue;
            }

            var (leader, size) = FirstActiveGroup(box, entries);
            if (size == 0)
            {
                onlyWithdrawn += weight;
                continue;
            }

            valid += weight;
            if (size == 1)
            {
                first[leader] += weight;
            }
            else
            {
                tiedFirst += weight;
            }
        }

        return new BallotStats
        {
            Ballots = box.TotalWeight,
            Lines = box.Count,
            Valid = valid,
            Empty = empty,
            OnlyWithdrawn = onlyWithdrawn,
            RanksUsed = ranksUsed,
            FirstPreferences = first,
            TiedFirst = tiedFirst,
        };
    }

    private static (int Leader, int Size) FirstActiveGroup(BallotBox box, ReadOnlySpan<ushort> entries)
    {
        var leader = -1;
        var size = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (i > 0 && !RankEntry.IsTiedWithPrevious(entries[i]) && size > 0)
            {
                break;
            }

            var candidate = RankEntry.Candidate(entries[i]);
            if (!box.Withdrawn.Contains(candidate))
            {
                leader = size == 0 ? candidate : leader;
                size++;
            }
        }

        return (leader, size);
    }
}
