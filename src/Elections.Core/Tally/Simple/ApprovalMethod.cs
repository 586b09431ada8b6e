using Elections.Core.Ballots;

namespace Elections.Core.Tally.Simple;

/// <summary>
/// Approval voting (Brams &amp; Fishburn, 1978): a ballot approves every continuing candidate it
/// lists, at any rank (an approval ballot is one rank of tied candidates); the candidates with the
/// most approvals win. Equal approvals at the last seat: <see cref="TieBreaking.OrderByName"/>, logged.
/// </summary>
public sealed class ApprovalMethod : ITallyMethod
{
    /// <inheritdoc />
    public string Name => "approval";

    /// <inheritdoc />
    public TallyResult Count(BallotBox ballots, TallyOptions options)
    {
        var setup = CountSetup.Create(ballots, options);
        var votes = new long[setup.Names.Count];
        for (var b = 0; b < ballots.Count; b++)
        {
            foreach (var entry in ballots.EntriesOf(b))
            {
                var c = RankEntry.Candidate(entry);
                if (!setup.Excluded[c])
                {
                    votes[c] += ballots.WeightOf(b);
                }
            }
        }

        return SingleRoundResult.Build(Name, setup, votes, setup.Valid, "approvals: every listed continuing candidate counts once per ballot");
    }
}
