using System.Data.Common;
using Elections.App.Ports.Mail;
using Elections.Infrastructure.Store;

namespace Elections.Infrastructure.Mail;

/// <summary>
/// <see cref="IMailJournal"/> in the store's database (table <c>mail_journal</c>, schema version 6), SQLite or
/// PostgreSQL: every call is its own committed statement, so a process killed at any point leaves the journal
/// saying what happened up to that point.
/// </summary>
public sealed class SqlMailJournal(SqlStore store) : IMailJournal
{
    private const string Where = "WHERE election = @election AND template = @template AND address = @address";

    public async Task<IReadOnlyDictionary<string, MailJournalEntry>> ReadAsync(MailoutKey mailout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailout);
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlStore.Command(
            connection,
            null,
            "SELECT address, message_id, state, detail, attempts FROM mail_journal WHERE election = @election AND template = @template",
            ("election", mailout.Election),
            ("template", mailout.Template));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new Dictionary<string, MailJournalEntry>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var address = reader.GetString(0);
            entries[address] = new MailJournalEntry(address, reader.GetString(1), ParseState(reader.GetString(2)), reader.GetString(3), Convert.ToInt32(reader.GetValue(4), System.Globalization.CultureInfo.InvariantCulture));
        }

        return entries;
    }

    public async Task AddPendingAsync(MailoutKey mailout, IReadOnlyList<(string Address, string MessageId)> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailout);
        ArgumentNullException.ThrowIfNull(recipients);
        if (recipients.Count == 0)
        {
            return;
        }

        using var gate = await store.EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlStore.Command(
            connection,
            transaction,
            "INSERT INTO mail_journal (election, template, address, message_id, state, updated_at) VALUES (@election, @template, @address, @id, @state, @now) ON CONFLICT DO NOTHING",
            ("election", mailout.Election),
            ("template", mailout.Template),
            ("address", ""),
            ("id", ""),
            ("state", Text(MailState.Pending)),
            ("now", store.NowMilliseconds));
        foreach (var (address, messageId) in recipients)
        {
            command.Parameters["address"].Value = address;
            command.Parameters["id"].Value = messageId;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task MarkSendingAsync(MailoutKey mailout, string address, CancellationToken cancellationToken) =>
        UpdateAsync(mailout, address, $"UPDATE mail_journal SET state = @state, attempts = attempts + 1, updated_at = @now {Where}", MailState.Sending, null, cancellationToken);

    public Task MarkSentAsync(MailoutKey mailout, string address, string reply, CancellationToken cancellationToken) =>
        UpdateAsync(mailout, address, $"UPDATE mail_journal SET state = @state, detail = @detail, updated_at = @now {Where}", MailState.Sent, reply, cancellationToken);

    public Task MarkFailedAsync(MailoutKey mailout, string address, string reason, CancellationToken cancellationToken) =>
        UpdateAsync(mailout, address, $"UPDATE mail_journal SET state = @state, detail = @detail, updated_at = @now {Where}", MailState.Failed, reason, cancellationToken);

    public async Task<int> MarkBouncedAsync(string election, string address, string reason, CancellationToken cancellationToken)
    {
        using var gate = await store.EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = SqlStore.Command(
            connection,
            null,
            "UPDATE mail_journal SET state = @state, detail = @detail, updated_at = @now WHERE election = @election AND address = @address",
            ("state", Text(MailState.Bounced)),
            ("detail", reason),
            ("now", store.NowMilliseconds),
            ("election", election),
            ("address", address.ToLowerInvariant()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task UpdateAsync(MailoutKey mailout, string address, string sql, MailState state, string? detail, CancellationToken cancellationToken)
    {
        using var gate = await store.EnterWriterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        (string, object)[] parameters = detail is null
            ? [("state", Text(state)), ("now", store.NowMilliseconds), ("election", mailout.Election), ("template", mailout.Template), ("address", address)]
            : [("state", Text(state)), ("detail", detail), ("now", store.NowMilliseconds), ("election", mailout.Election), ("template", mailout.Template), ("address", address)];
        await using DbCommand command = SqlStore.Command(connection, null, sql, parameters);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException($"the mail journal has no row for this recipient of {mailout}; it was not added as pending");
        }
    }

    private static string Text(MailState state) => state.ToString().ToLowerInvariant();

    private static MailState ParseState(string text) =>
        Enum.TryParse<MailState>(text, ignoreCase: true, out var state) ? state : throw new InvalidOperationException($"the mail journal holds an unknown state '{text}'");
}
