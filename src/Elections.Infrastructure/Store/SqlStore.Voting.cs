using System.Data.Common;
using Elections.App.Ports;
using Elections.App.Voting;
using Elections.Core.Voting;

namespace Elections.Infrastructure.Store;

/// <summary>The voting hand-off's ledger (<see cref="IVotingLedger"/>), schema version 7.</summary>
public abstract partial class SqlStore
{
    private const int RowsPerInsert = 400;

    public async Task RecordExportAsync(string election, IReadOnlyList<string> addresses, string rollHashesSha256, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        using var gate = await EnterWriteAsync(urgent: false, ct).ConfigureAwait(false);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM voting_tool_roll WHERE election = @election", ct, ("election", election)).ConfigureAwait(false);
        await InsertAddressesAsync(connection, transaction, election, addresses, ct).ConfigureAwait(false);
        await UpsertDigestAsync(connection, transaction, election, VotingDigests.RollHashes, rollHashesSha256, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<ToolRoll> ReadToolRollAsync(string election, CancellationToken ct)
    {
        var exported = (await ReadDigestAsync(election, VotingDigests.RollHashes, ct).ConfigureAwait(false)).Length > 0;
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT address FROM voting_tool_roll WHERE election = @election ORDER BY address", ("election", election));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var addresses = new List<string>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            addresses.Add(reader.GetString(0));
        }

        return new ToolRoll(exported, addresses);
    }

    public async Task ApplyAsync(string election, ToolChanges changes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changes);
        using var gate = await EnterWriteAsync(urgent: false, ct).ConfigureAwait(false);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var address in changes.Remove)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM voting_tool_roll WHERE election = @election AND address = @address", ct, ("election", election), ("address", address))
                .ConfigureAwait(false);
        }

        await InsertAddressesAsync(connection, transaction, election, changes.Add, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task RecordDigestAsync(string election, string kind, string sha256, CancellationToken ct)
    {
        using var gate = await EnterWriteAsync(urgent: false, ct).ConfigureAwait(false);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await UpsertDigestAsync(connection, null, election, kind, sha256, ct).ConfigureAwait(false);
    }

    public async Task<string> ReadDigestAsync(string election, string kind, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT sha256 FROM voting_digests WHERE election = @election AND kind = @kind", ("election", election), ("kind", kind));
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string ?? "";
    }

    private Task<int> UpsertDigestAsync(DbConnection connection, DbTransaction? transaction, string election, string kind, string sha256, CancellationToken ct) =>
        ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO voting_digests (election, kind, sha256, recorded_at) VALUES (@election, @kind, @sha, @now) ON CONFLICT (election, kind) DO UPDATE SET sha256 = @sha, recorded_at = @now",
            ct,
            ("election", election),
            ("kind", kind),
            ("sha", sha256),
            ("now", Now()));

    private static async Task InsertAddressesAsync(DbConnection connection, DbTransaction transaction, string election, IReadOnlyList<string> addresses, CancellationToken ct)
    {
        foreach (var chunk in addresses.Distinct(StringComparer.Ordinal).Chunk(RowsPerInsert))
        {
            await ExecuteAsync(
                connection,
                transaction,
                $"INSERT INTO voting_tool_roll (election, address) VALUES {Rows(chunk.Length, i => $"(@election, @a{i})")} ON CONFLICT (election, address) DO NOTHING",
                ct,
                [("election", election), .. chunk.Select((a, i) => ($"a{i}", (object)a))]).ConfigureAwait(false);
        }
    }
}
