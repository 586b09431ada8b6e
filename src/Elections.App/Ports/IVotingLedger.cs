using Elections.Core.Voting;

namespace Elections.App.Ports;

/// <summary>
/// What the store keeps of the voting hand-off (docs/voting.md; issue 13 items 2–4): the addresses the external
/// tool holds (set by each export, moved by each applied change) and the SHA-256 digests of the published roll
/// hashes and of the imported ballots. Private: addresses never go to the repository.
/// </summary>
public interface IVotingLedger
{
    /// <summary>Records an export: the tool now holds exactly <paramref name="addresses"/>; the roll-hash list's digest is kept.</summary>
    Task RecordExportAsync(string election, IReadOnlyList<string> addresses, string rollHashesSha256, CancellationToken ct);

    /// <summary>What the tool holds since the last export and the changes applied after it.</summary>
    Task<ToolRoll> ReadToolRollAsync(string election, CancellationToken ct);

    /// <summary>Records changes the committee applied in the tool.</summary>
    Task ApplyAsync(string election, ToolChanges changes, CancellationToken ct);

    /// <summary>Records a digest of a published or imported file (<c>roll-hashes</c>, <c>ballots</c>).</summary>
    Task RecordDigestAsync(string election, string kind, string sha256, CancellationToken ct);

    /// <summary>The digest recorded for <paramref name="kind"/>; empty when none.</summary>
    Task<string> ReadDigestAsync(string election, string kind, CancellationToken ct);
}
