namespace Elections.Infrastructure.Store;

/// <summary>
/// Schema version 6: the mail journal (<see cref="Mail.SqlMailJournal"/>), one row per recipient of a mailout. Kept apart
/// from the other versions so each feature's tables read in one place; the lists in
/// <see cref="SqliteMigrations"/> and <see cref="PostgresMigrations"/> include it.
/// </summary>
internal static class MailJournalMigrations
{
    private const string Description = "mail journal: one row per recipient of a mailout";

    private const string Table = """
        CREATE TABLE mail_journal (
          election TEXT NOT NULL,
          template TEXT NOT NULL,
          address TEXT NOT NULL,
          message_id TEXT NOT NULL,
          state TEXT NOT NULL,
          detail TEXT NOT NULL DEFAULT '',
          attempts INTEGER NOT NULL DEFAULT 0,
          updated_at BIGINT NOT NULL,
          PRIMARY KEY (election, template, address)
        );
        CREATE INDEX mail_journal_address ON mail_journal (election, address);
        """;

    /// <summary>The same SQL for both databases (<c>BIGINT</c> is an integer in SQLite).</summary>
    public static Migration Schema { get; } = new(6, Description, Table);
}
