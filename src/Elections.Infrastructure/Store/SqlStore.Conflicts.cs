using System.Data.Common;
using Elections.App.Ports;
using Elections.Core.Candidacy;

namespace Elections.Infrastructure.Store;

/// <summary>The committee's private conflict-of-interest register (<see cref="IConflictRegister"/>), schema version 4.</summary>
public abstract partial class SqlStore
{
    public async Task DeclareAsync(string repository, ConflictGroup group, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(group);
        using var gate = await EnterWriteAsync(urgent: false, ct).ConfigureAwait(false);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO conflict_groups (repository, name, declared_at) VALUES (@repository, @name, @now) ON CONFLICT (repository, name) DO UPDATE SET declared_at = @now",
            ct,
            ("repository", repository),
            ("name", group.Name),
            ("now", Now())).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            "DELETE FROM conflict_group_members WHERE repository = @repository AND group_name = @name",
            ct,
            ("repository", repository),
            ("name", group.Name)).ConfigureAwait(false);
        var members = group.MemberIds.Distinct().ToList();
        if (members.Count > 0)
        {
            await ExecuteAsync(
                connection,
                transaction,
                $"INSERT INTO conflict_group_members (repository, group_name, user_id) VALUES {Rows(members.Count, i => $"(@repository, @name, @member{i})")}",
                ct,
                [("repository", repository), ("name", group.Name), .. members.Select((id, i) => ($"member{i}", (object)id))]).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<bool> RemoveAsync(string repository, string name, CancellationToken ct)
    {
        using var gate = await EnterWriteAsync(urgent: false, ct).ConfigureAwait(false);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "DELETE FROM conflict_group_members WHERE repository = @repository AND group_name = @name", ct, ("repository", repository), ("name", name))
            .ConfigureAwait(false);
        var removed = await ExecuteAsync(connection, transaction, "DELETE FROM conflict_groups WHERE repository = @repository AND name = @name", ct, ("repository", repository), ("name", name))
            .ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return removed == 1;
    }

    public async Task<IReadOnlyList<ConflictGroup>> ReadAsync(string repository, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            """
            SELECT g.name, m.user_id FROM conflict_groups g
            LEFT JOIN conflict_group_members m ON m.repository = g.repository AND m.group_name = g.name
            WHERE g.repository = @repository ORDER BY g.name, m.user_id
            """,
            ("repository", repository));
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var groups = new List<(string Name, List<long> Members)>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var name = reader.GetString(0);
            if (groups.Count == 0 || groups[^1].Name != name)
            {
                groups.Add((name, []));
            }

            if (!await reader.IsDBNullAsync(1, ct).ConfigureAwait(false))
            {
                groups[^1].Members.Add(reader.GetInt64(1));
            }
        }

        return [.. groups.Select(g => new ConflictGroup(g.Name, g.Members))];
    }

    public async Task RecordDisclosureAsync(string repository, Disclosure disclosure, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        using var gate = await EnterWriteAsync(urgent: false, ct).ConfigureAwait(false);
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            null,
            "INSERT INTO disclosures (repository, user_id, login, text, source, received_at) VALUES (@repository, @user, @login, @text, @source, @at)",
            ct,
            ("repository", repository),
            ("user", disclosure.UserId),
            ("login", disclosure.Login),
            ("text", disclosure.Text),
            ("source", disclosure.Source),
            ("at", disclosure.ReceivedAt.ToUnixTimeMilliseconds())).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Disclosure>> ReadDisclosuresAsync(string repository, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(
            connection,
            null,
            "SELECT user_id, login, text, source, received_at FROM disclosures WHERE repository = @repository ORDER BY id",
            ("repository", repository));
        return await ReadDisclosuresAsync(command, ct).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<Disclosure>> ReadDisclosuresAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var disclosures = new List<Disclosure>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            disclosures.Add(new Disclosure
            {
                UserId = reader.GetInt64(0),
                Login = reader.GetString(1),
                Text = reader.GetString(2),
                Source = reader.GetString(3),
                ReceivedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
            });
        }

        return disclosures;
    }
}
