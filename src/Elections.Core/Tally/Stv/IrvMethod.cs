using Elections.Core.Ballots;

namespace Elections.Core.Tally.Stv;

/// <summary>
/// Instant-runoff voting (single seat), as Minneapolis counts it (Minneapolis Code of Ordinances
/// ch. 167; RCTab "singleWinnerMajority" with batch elimination): each ballot counts for its
/// highest-ranked continuing candidate; a candidate with more than half of the continuing votes
/// wins; otherwise every candidate who could not overtake the next-lowest even with all the
/// lower candidates' votes is eliminated together (or the single lowest), ties for lowest decided
/// on the most recent earlier round where they differed, then by ballot-file order (listed last
/// goes). Integer arithmetic.
/// </summary>
public sealed class IrvMethod : ITallyMethod
{
    /// <inheritdoc />
    public string Name => "irv";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        var setup = StvSetup.From(ballots, options with { Seats = 1 });
        var n = setup.CandidateCount;
        var state = setup.Withdrawn.Select(w => w ? CandidateState.Withdrawn : CandidateState.Hopeful).ToArray();
        var shown = setup.Withdrawn.Select(w => !w).ToArray();
        var log = new StvRoundLog(setup.Names, 0);
        var ties = new StvTieBreaker(setup.Names, TieBreakDirection.Backward);
        var winners = new List<int>();
        var excluded = new List<int>();
        while (true)
        {
            var votes = new long[n];
            long exhausted = 0;
            var data = setup.Ballots;
            for (var b = 0; b < data.Count; b++)
            {
                var found = false;
                foreach (var c in data.Of(b))
                {
                    if (state[c] == CandidateState.Hopeful)
                    {
                        votes[c] += data.WeightOf(b);
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    exhausted += data.WeightOf(b);
                }
            }

            var hopeful = Enumerable.Range(0, n).Where(c => state[c] == CandidateState.Hopeful).ToList();
            var active = hopeful.Sum(c => votes[c]);
            var majority = (active / 2) + 1;
            var leader = hopeful.Count == 0 ? -1 : hopeful.OrderByDescending(c => votes[c]).ThenBy(c => c).First();
            if (leader >= 0 && (votes[leader] >= majority || hopeful.Count == 1))
            {
                state[leader] = CandidateState.Elected;
                winners.Add(leader);
                log.Add(votes, shown, majority, exhausted, [leader], excluded, $"{setup.Names[leader]} has a majority of the continuing votes.");
                break;
            }

            if (hopeful.Count == 0)
            {
                log.Add(votes, shown, null, exhausted, [], excluded, "No continuing candidate.");
                break;
            }

            var sorted = hopeful.OrderBy(c => votes[c]).ToList();
            var batch = 0;
            long sum = 0;
            for (var k = 1; k < sorted.Count; k++)
            {
                sum += votes[sorted[k - 1]];
                if (sum < votes[sorted[k]] && sorted.Count - k >= 1)
                {
                    batch = k;
                }
            }

            log.Add(votes, shown, majority, exhausted, [], excluded, excluded.Count > 0 ? $"Excluded {log.Names(excluded)}." : "First preferences.");
            if (batch >= 1)
            {
                excluded = sorted.Take(batch).ToList();
            }
            else
            {
                var min = votes[sorted[0]];
                excluded = [ties.Pick(sorted.Where(c => votes[c] == min).ToList(), log.History, lowest: true, log.Next, "exclusion")];
            }

            foreach (var c in excluded)
            {
                state[c] = CandidateState.Excluded;
            }
        }

        return StvResults.Build(Name, setup, winners, state, log, ties);
    }
}
