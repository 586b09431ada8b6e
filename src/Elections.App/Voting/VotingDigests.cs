namespace Elections.App.Voting;

/// <summary>The kinds of digest the store keeps for the hand-off (<see cref="Ports.IVotingLedger.RecordDigestAsync"/>).</summary>
public static class VotingDigests
{
    /// <summary>The SHA-256 of <c>voting/roll-hashes.txt</c> as last published.</summary>
    public const string RollHashes = "roll-hashes";

    /// <summary>The SHA-256 of the imported ballots file.</summary>
    public const string Ballots = "ballots";
}
