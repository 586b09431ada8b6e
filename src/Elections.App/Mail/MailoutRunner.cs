using System.Collections.Concurrent;
using Elections.App.Ports.Mail;

namespace Elections.App.Mail;

/// <summary>
/// Sends a mailout and keeps its journal right at every instant (nixos-anchor §2.9, A8): each recipient is recorded
/// <see cref="MailState.Sending"/> before its message goes to the server and <see cref="MailState.Sent"/> after the
/// server's acceptance, so after a crash at any point a resumed run sends exactly what is not recorded as sent, and
/// the only possible duplicates are the messages in flight at the crash, carrying the same Message-Id. A few
/// connections work in parallel, each reused; a failure is recorded with its reason; a broken connection or a 4xx
/// reply gets one more try on a fresh connection; the run stops after too many failures in a row.
/// </summary>
public sealed class MailoutRunner(IMailJournal journal, IMailer mailer, TimeProvider time)
{
    private const int TriesPerMessage = 2;

    private readonly IMailJournal _journal = journal;
    private readonly IMailer _mailer = mailer;
    private readonly TimeProvider _time = time;

    /// <summary>Runs the mailout for <paramref name="mails"/> (one per recipient) under <paramref name="options"/>.</summary>
    public async Task<MailoutSummary> RunAsync(
        MailoutKey mailout,
        IReadOnlyList<PreparedMail> mails,
        MailoutOptions options,
        IProgress<MailoutProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailout);
        ArgumentNullException.ThrowIfNull(mails);
        ArgumentNullException.ThrowIfNull(options);
        var recorded = await _journal.ReadAsync(mailout, cancellationToken).ConfigureAwait(false);
        if (recorded.Count > 0 && !options.Resume)
        {
            throw new MailoutAlreadyStartedException(mailout, recorded.Count, recorded.Values.Count(e => e.State == MailState.Sent));
        }

        var alreadySent = mails.Count(m => StateOf(recorded, m.Key) == MailState.Sent);
        var bounced = mails.Count(m => StateOf(recorded, m.Key) == MailState.Bounced);
        var todo = mails.Where(m => StateOf(recorded, m.Key) is not (MailState.Sent or MailState.Bounced)).ToList();
        await _journal.AddPendingAsync(
            mailout,
            [.. todo.Where(m => !recorded.ContainsKey(m.Key)).Select(m => (m.Key, m.Mail.MessageId))],
            cancellationToken).ConfigureAwait(false);

        var run = new Run(this, mailout, todo, options, progress);
        await run.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return new MailoutSummary
        {
            Recipients = mails.Count,
            AlreadySent = alreadySent,
            Bounced = bounced,
            Sent = run.Sent,
            Failures = [.. run.Failures],
            NotTried = todo.Count - run.Sent - run.Failures.Count,
            Stopped = run.Stopped,
        };
    }

    private static MailState? StateOf(IReadOnlyDictionary<string, MailJournalEntry> recorded, string key) =>
        recorded.TryGetValue(key, out var entry) ? entry.State : null;

    /// <summary>One run's shared state: the next message to take, the counts, the failure streak.</summary>
    private sealed class Run(MailoutRunner owner, MailoutKey mailout, List<PreparedMail> todo, MailoutOptions options, IProgress<MailoutProgress>? progress)
    {
        private readonly RateGate _rate = new(options.RatePerSecond, owner._time);
        private readonly ConcurrentQueue<MailFailure> _failures = new();
        private int _next = -1;
        private int _sent;
        private int _streak;
        private volatile bool _stopped;

        public int Sent => _sent;

        public ConcurrentQueue<MailFailure> Failures => _failures;

        public bool Stopped => _stopped;

        public Task ExecuteAsync(CancellationToken cancellationToken)
        {
            var workers = Math.Clamp(options.Connections, 1, Math.Max(1, todo.Count));
            return Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(cancellationToken), cancellationToken)));
        }

        private async Task WorkAsync(CancellationToken cancellationToken)
        {
            IMailConnection? connection = null;
            try
            {
                while (!_stopped && !cancellationToken.IsCancellationRequested)
                {
                    var index = Interlocked.Increment(ref _next);
                    if (index >= todo.Count)
                    {
                        break;
                    }

                    await _rate.WaitAsync(cancellationToken).ConfigureAwait(false);
                    connection = await SendOneAsync(todo[index], connection, cancellationToken).ConfigureAwait(false);
                    progress?.Report(new MailoutProgress(_sent + _failures.Count, todo.Count, _sent, _failures.Count));
                }
            }
            finally
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        /// <summary>Sends one message and records the outcome; returns the connection to reuse (null when it broke).</summary>
        private async Task<IMailConnection?> SendOneAsync(PreparedMail mail, IMailConnection? connection, CancellationToken cancellationToken)
        {
            await owner._journal.MarkSendingAsync(mailout, mail.Key, cancellationToken).ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    if (connection is not { IsConnected: true })
                    {
                        connection = await ReconnectAsync(connection, cancellationToken).ConfigureAwait(false);
                    }

                    var reply = await connection.SendAsync(mail.Mail, cancellationToken).ConfigureAwait(false);
                    await owner._journal.MarkSentAsync(mailout, mail.Key, reply, cancellationToken).ConfigureAwait(false);
                    Interlocked.Increment(ref _sent);
                    Interlocked.Exchange(ref _streak, 0);
                    return connection;
                }
                catch (MailRefusedException refused) when (refused.Permanent || attempt >= TriesPerMessage)
                {
                    await owner._journal.MarkFailedAsync(mailout, mail.Key, refused.Message, CancellationToken.None).ConfigureAwait(false);
                    _failures.Enqueue(new MailFailure(mail.Label, refused.Message));
                    if (options.MaxConsecutiveFailures > 0 && Interlocked.Increment(ref _streak) >= options.MaxConsecutiveFailures)
                    {
                        _stopped = true;
                    }

                    return connection is { IsConnected: true } ? connection : await DropAsync(connection).ConfigureAwait(false);
                }
                catch (MailRefusedException)
                {
                    connection = await DropAsync(connection).ConfigureAwait(false);
                }
            }
        }

        private async Task<IMailConnection> ReconnectAsync(IMailConnection? broken, CancellationToken cancellationToken)
        {
            await DropAsync(broken).ConfigureAwait(false);
            return await owner._mailer.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }

        private static async Task<IMailConnection?> DropAsync(IMailConnection? connection)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            return null;
        }
    }
}
