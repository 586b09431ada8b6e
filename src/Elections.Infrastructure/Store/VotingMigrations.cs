namespace Elections.Infrastructure.Store;

/// <summary>
/// Schema version 7: the voting hand-off's ledger (<see cref="SqlStore"/> as <see cref="App.Ports.IVotingLedger"/>): the
/// addresses the external tool holds and the digests of the roll hashes and the ballots. Same SQL for both databases.
/// </summary>
internal static class VotingMigrations
{
    private const string Tables = """
        CREATE TABLE voting_tool_roll (
          election TEXT NOT NULL,
          address TEXT NOT NULL,
          PRIMARY KEY (election, address)
        );
        CREATE TABLE voting_digests (
          election TEXT NOT NULL,
          kind TEXT NOT NULL,
          sha256 TEXT NOT NULL,
          recorded_at BIGINT NOT NULL,
          PRIMARY KEY (election, kind)
        );
        """;

    public static Migration Schema { get; } = new(7, "voting hand-off: the external tool's addresses, roll-hash and ballot digests", Tables);
}
