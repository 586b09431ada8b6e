using System.Text;
using Elections.Core.Ballots;
using Elections.Core.Tally;
using Elections.Core.Tally.Stv;

namespace Elections.Core.Tests.Tally.Stv;

public sealed class StvBallotsTests
{
    private const int Candidates = 10;
    private const int Lines = 70_000;

    [Fact]
    public void From_LargeCleanMostlyDistinctBox_UsesTheBoxWithoutGrouping()
    {
        var box = RandomBox(withEmptyBallot: false);

        var ballots = StvBallots.From(box, new HashSet<int>());

        Assert.Equal(box.Count, ballots.Count);
        Assert.Equal(box.TotalWeight, ballots.Valid);
        Assert.True(ballots.Of(123).SequenceEqual(box.EntriesOf(123)));
    }

    [Fact]
    public void From_LargeBoxWithAnEmptyBallot_GroupsIdenticalBallots()
    {
        var box = RandomBox(withEmptyBallot: true);

        var ballots = StvBallots.From(box, new HashSet<int>());

        Assert.True(ballots.Count < box.Count - 1);
        Assert.Equal(box.TotalWeight - 1, ballots.Valid);
    }

    [Theory]
    [InlineData("meek")]
    [InlineData("meek-nz")]
    [InlineData("scottish-stv")]
    [InlineData("ers97")]
    [InlineData("stv")]
    [InlineData("stv-portland")]
    [InlineData("irv")]
    public void Count_UngroupedAndGroupedBallots_GiveTheSameCountRoundByRound(string method)
    {
        Assert.True(TallyMethods.TryGet(method, out var tally));
        var options = new TallyOptions { Seats = 3 };

        // The empty ballot is not valid, so it only sends the same ballots down the grouping path.
        var ungrouped = tally.Count(RandomBox(withEmptyBallot: false), options);
        var grouped = tally.Count(RandomBox(withEmptyBallot: true), options);

        Assert.Equal(grouped.Winners, ungrouped.Winners);
        Assert.Equal(grouped.Valid, ungrouped.Valid);
        Assert.Equal(Transcript(grouped), Transcript(ungrouped));
    }

    /// <summary>Seeded random ballots ranking 3 to all of 10 candidates, popular candidates first more often, some lines weighted.</summary>
    private static BallotBox RandomBox(bool withEmptyBallot)
    {
        var random = new Random(4);
        var builder = new BallotBoxBuilder();
        for (var c = 0; c < Candidates; c++)
        {
            builder.AddCandidate($"C{c + 1}");
        }

        var order = new int[Candidates];
        var entries = new ushort[Candidates];
        for (var line = 0; line < Lines; line++)
        {
            for (var c = 0; c < Candidates; c++)
            {
                order[c] = c;
            }

            var first = Math.Min(random.Next(Candidates), random.Next(Candidates));
            (order[0], order[first]) = (order[first], order[0]);
            random.Shuffle(order.AsSpan(1));
            var length = random.Next(3, Candidates + 1);
            for (var i = 0; i < length; i++)
            {
                entries[i] = RankEntry.Of(order[i]);
            }

            builder.Add(line % 7 == 0 ? 3 : 1, entries.AsSpan(0, length));
        }

        if (withEmptyBallot)
        {
            builder.Add(1, ReadOnlySpan<ushort>.Empty);
        }

        return builder.Build();
    }

    private static string Transcript(TallyResult result)
    {
        var text = new StringBuilder();
        foreach (var round in result.Rounds)
        {
            text.Append(round.Number).Append(' ').Append(round.Threshold).Append(' ').Append(round.Exhausted).Append(' ')
                .AppendJoin(',', round.Votes.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"))
                .Append(' ').AppendJoin(',', round.Elected).Append(' ').AppendJoin(',', round.Eliminated)
                .Append(' ').AppendLine(round.Note);
        }

        foreach (var tie in result.Ties)
        {
            text.Append(tie.Round).Append(' ').AppendJoin(',', tie.Chosen).AppendLine();
        }

        return text.ToString();
    }
}
