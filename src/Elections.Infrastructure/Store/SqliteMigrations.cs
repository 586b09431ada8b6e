namespace Elections.Infrastructure.Store;

/// <summary>The SQLite schema, version by version. Append new versions; never edit applied ones.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "deliveries, queue, effects journal, audit log", """
            CREATE TABLE deliveries (
              delivery_id TEXT PRIMARY KEY,
              event TEXT NOT NULL,
              received_at INTEGER NOT NULL,
              state TEXT NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              outcome TEXT NOT NULL DEFAULT '',
              processed_by TEXT NOT NULL DEFAULT '',
              completed_at INTEGER
            );
            CREATE TABLE queue (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              delivery_id TEXT NOT NULL UNIQUE REFERENCES deliveries (delivery_id),
              event TEXT NOT NULL,
              payload BLOB NOT NULL,
              available_at INTEGER NOT NULL,
              lease_owner TEXT,
              lease_until INTEGER NOT NULL DEFAULT 0,
              attempts INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX queue_due ON queue (available_at, lease_until);
            CREATE TABLE effects (
              effect_key TEXT PRIMARY KEY,
              delivery_id TEXT NOT NULL,
              state TEXT NOT NULL,
              outcome TEXT NOT NULL DEFAULT '',
              claimed_at INTEGER NOT NULL,
              completed_at INTEGER
            );
            CREATE TABLE audit_log (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              at INTEGER NOT NULL,
              actor TEXT NOT NULL,
              action TEXT NOT NULL,
              subject TEXT NOT NULL,
              reason TEXT NOT NULL,
              delivery_id TEXT NOT NULL
            );
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
            """),
        new(2, "per-subject ordering of the queue, write heartbeat for health", """
            ALTER TABLE queue ADD COLUMN subject TEXT NOT NULL DEFAULT '';
            CREATE INDEX queue_subject ON queue (subject, seq) WHERE subject <> '';
            CREATE TABLE heartbeat (
              id INTEGER PRIMARY KEY,
              at INTEGER NOT NULL,
              probe BLOB NOT NULL DEFAULT x''
            );
            INSERT INTO heartbeat (id, at) VALUES (1, 0);
            """),
        new(4, "conflict-of-interest groups and disclosures (private to the committee)", """
            CREATE TABLE conflict_groups (
              repository TEXT NOT NULL,
              name TEXT NOT NULL,
              declared_at INTEGER NOT NULL,
              PRIMARY KEY (repository, name)
            );
            CREATE TABLE conflict_group_members (
              repository TEXT NOT NULL,
              group_name TEXT NOT NULL,
              user_id INTEGER NOT NULL,
              PRIMARY KEY (repository, group_name, user_id),
              FOREIGN KEY (repository, group_name) REFERENCES conflict_groups (repository, name) ON DELETE CASCADE
            );
            CREATE TABLE disclosures (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              repository TEXT NOT NULL,
              user_id INTEGER NOT NULL,
              login TEXT NOT NULL,
              text TEXT NOT NULL,
              source TEXT NOT NULL,
              received_at INTEGER NOT NULL
            );
            CREATE INDEX disclosures_by_repository ON disclosures (repository, id);
            """),
        MailJournalMigrations.Schema,
        VotingMigrations.Schema,
    ];
}
