using Elections.Core.Ballots;

namespace Elections.Core.Tally.Simple;

/// <summary>
/// Plurality (first past the post; with several seats, the single non-transferable vote): each
/// ballot counts for its highest-ranked continuing candidate (withdrawn candidates are skipped, as
/// if deleted from the ballot); the candidates with the most votes win. A ballot whose highest
/// continuing rank holds several candidates is an overvote and counts for nobody. Equal votes at
/// the last seat: <see cref="TieBreaking.OrderByName"/>, logged.
/// </summary>
public sealed class PluralityMethod : ITallyMethod
{
    /// <inheritdoc />
    public string Name => "plurality";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        var setup = CountSetup.Create(ballots, options);
        var votes = new long[setup.Names.Count];
        var buffer = new int[setup.Names.Count];
        long valid = 0, overvotes = 0;
        for (var b = 0; b < ballots.Count; b++)
        {
            var count = SingleRoundResult.FirstGroup(ballots.EntriesOf(b), setup, buffer);
            if (count == 1)
            {
                votes[buffer[0]] += ballots.WeightOf(b);
                valid += ballots.WeightOf(b);
            }
            else if (count > 1)
            {
                overvotes += ballots.WeightOf(b);
            }
        }

        return SingleRoundResult.Build(
            Name, setup, votes, valid,
            $"first preferences among continuing candidates; {overvotes} ballot(s) with several candidates at the top rank counted for nobody");
    }
}
