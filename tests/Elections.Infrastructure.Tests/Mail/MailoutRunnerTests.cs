using Elections.App.Mail;
using Elections.App.Ports.Mail;
using Elections.Infrastructure.Mail;
using Elections.Infrastructure.Tests.Store;

namespace Elections.Infrastructure.Tests.Mail;

/// <summary>Mailouts against a real local SMTP server with the journal in real SQLite and PostgreSQL.</summary>
public sealed class MailoutRunnerTests
{
    private static readonly MailoutOptions Options = new() { Connections = 3, MaxConsecutiveFailures = 5 };

    public static TheoryData<string> Kinds => TestDatabases.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RunAsync_EveryRecipient_OneMessageEachAndJournalSent(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var store = await database.OpenAsync(TimeProvider.System);
        await using var sink = new SmtpSink();
        var journal = new SqlMailJournal(store);
        var mails = TestMails.Recipients(40);

        var summary = await new MailoutRunner(journal, TestMails.Mailer(sink), TimeProvider.System).RunAsync(TestMails.Mailout, mails, Options, null, CancellationToken.None);

        Assert.True(summary.Complete);
        Assert.Equal(40, summary.Sent);
        Assert.Equal(mails.Select(m => m.Mail.To).Order(), sink.Received.Select(r => r.To).Order());
        Assert.All(sink.Received, r => Assert.Equal($"sc-2026.roll-notice.{r.To[5..r.To.IndexOf('@')].PadLeft(6, '0')}@example.org", r.MessageId));
        var recorded = await journal.ReadAsync(TestMails.Mailout, CancellationToken.None);
        Assert.All(recorded.Values, e => Assert.Equal(MailState.Sent, e.State));
        Assert.All(recorded.Values, e => Assert.StartsWith("Ok", e.Detail, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(40, recorded.Count);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RunAsync_Resume_SendsOnlyWhatIsNotRecordedSent(string kind)
    {
        await using var database = await TestDatabases.CreateAsync(kind);
        await using var store = await database.OpenAsync(TimeProvider.System);
        var journal = new SqlMailJournal(store);
        var mails = TestMails.Recipients(12);
        // What a process killed mid-run leaves: some sent, one handed to the server (sending), one failed, the rest pending.
        await journal.AddPendingAsync(TestMails.Mailout, [.. mails.Select(m => (m.Key, m.Mail.MessageId))], CancellationToken.None);
        foreach (var mail in mails.Take(5))
        {
            await journal.MarkSendingAsync(TestMails.Mailout, mail.Key, CancellationToken.None);
            await journal.MarkSentAsync(TestMails.Mailout, mail.Key, "250 Ok", CancellationToken.None);
        }

        await journal.MarkSendingAsync(TestMails.Mailout, mails[5].Key, CancellationToken.None);
        await journal.MarkSendingAsync(TestMails.Mailout, mails[6].Key, CancellationToken.None);
        await journal.MarkFailedAsync(TestMails.Mailout, mails[6].Key, "421 try later", CancellationToken.None);
        await using var sink = new SmtpSink();
        var runner = new MailoutRunner(journal, TestMails.Mailer(sink), TimeProvider.System);

        await Assert.ThrowsAsync<MailoutAlreadyStartedException>(() => runner.RunAsync(TestMails.Mailout, mails, Options, null, CancellationToken.None));
        var summary = await runner.RunAsync(TestMails.Mailout, mails, Options with { Resume = true }, null, CancellationToken.None);

        Assert.Equal(5, summary.AlreadySent);
        Assert.Equal(7, summary.Sent);
        Assert.Equal(mails.Skip(5).Select(m => m.Mail.To).Order(), sink.Received.Select(r => r.To).Order());
        var recorded = await journal.ReadAsync(TestMails.Mailout, CancellationToken.None);
        Assert.All(recorded.Values, e => Assert.Equal(MailState.Sent, e.State));
        Assert.Equal(2, recorded[mails[6].Key].Attempts);
    }

    [Fact]
    public async Task RunAsync_ServerRefusesSomeRecipients_OthersSentAndRefusalsRecordedWithReason()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var store = await database.OpenAsync(TimeProvider.System);
        await using var sink = new SmtpSink(refuse: address => address is "voter3@example.org" or "voter7@example.org");
        var journal = new SqlMailJournal(store);
        var mails = TestMails.Recipients(10);

        var summary = await new MailoutRunner(journal, TestMails.Mailer(sink), TimeProvider.System).RunAsync(TestMails.Mailout, mails, Options, null, CancellationToken.None);

        Assert.Equal(8, summary.Sent);
        Assert.Equal(["@voter3", "@voter7"], summary.Failures.Select(f => f.Label).Order());
        Assert.False(summary.Complete);
        var recorded = await journal.ReadAsync(TestMails.Mailout, CancellationToken.None);
        Assert.Equal(MailState.Failed, recorded["voter3@example.org"].State);
        Assert.Contains("550", recorded["voter3@example.org"].Detail, StringComparison.Ordinal);
        Assert.Equal(8, recorded.Values.Count(e => e.State == MailState.Sent));
        Assert.DoesNotContain(sink.Received, r => r.To is "voter3@example.org" or "voter7@example.org");
    }

    [Fact]
    public async Task RunAsync_ServerDropsConnections_RetriedOnAFreshConnectionAndEveryoneSent()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var store = await database.OpenAsync(TimeProvider.System);
        await using var sink = new SmtpSink(dropEvery: 4);
        var journal = new SqlMailJournal(store);
        var mails = TestMails.Recipients(20);

        // One connection, so no message meets two drops in a row (each gets one more try on a fresh connection).
        var summary = await new MailoutRunner(journal, TestMails.Mailer(sink), TimeProvider.System)
            .RunAsync(TestMails.Mailout, mails, Options with { Connections = 1 }, null, CancellationToken.None);

        Assert.True(summary.Complete, string.Join("; ", summary.Failures));
        Assert.Equal(mails.Select(m => m.Mail.To).Order(), sink.Received.Select(r => r.To).Distinct().Order());
        var recorded = await journal.ReadAsync(TestMails.Mailout, CancellationToken.None);
        Assert.All(recorded.Values, e => Assert.Equal(MailState.Sent, e.State));
    }

    [Fact]
    public async Task RunAsync_TooManyFailuresInARow_StopsAndLeavesTheRestPending()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var store = await database.OpenAsync(TimeProvider.System);
        await using var sink = new SmtpSink(refuse: _ => true);
        var journal = new SqlMailJournal(store);
        var mails = TestMails.Recipients(30);

        var summary = await new MailoutRunner(journal, TestMails.Mailer(sink), TimeProvider.System)
            .RunAsync(TestMails.Mailout, mails, Options with { Connections = 1, MaxConsecutiveFailures = 3 }, null, CancellationToken.None);

        Assert.True(summary.Stopped);
        Assert.Equal(3, summary.Failures.Count);
        Assert.Equal(27, summary.NotTried);
        var recorded = await journal.ReadAsync(TestMails.Mailout, CancellationToken.None);
        Assert.Equal(27, recorded.Values.Count(e => e.State == MailState.Pending));
        Assert.Empty(sink.Received);
    }

    [Fact]
    public async Task RunAsync_SlowServerAndRateLimit_EveryoneSentOnce()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using var store = await database.OpenAsync(TimeProvider.System);
        await using var sink = new SmtpSink(delay: TimeSpan.FromMilliseconds(50));
        var journal = new SqlMailJournal(store);
        var mails = TestMails.Recipients(8);

        var summary = await new MailoutRunner(journal, TestMails.Mailer(sink), TimeProvider.System)
            .RunAsync(TestMails.Mailout, mails, Options with { RatePerSecond = 50 }, null, CancellationToken.None);

        Assert.True(summary.Complete);
        Assert.Equal(8, sink.Received.Count);
    }
}
