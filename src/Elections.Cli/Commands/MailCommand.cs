using System.CommandLine;
using Elections.App.Mail;
using Elections.App.Ports.Mail;
using Elections.Cli.Mail;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Core.Voters;
using Elections.Infrastructure.Announcements;
using Elections.Infrastructure.Files;
using Elections.Infrastructure.Mail;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections mail send NAME [--repo DIR] [--resume] [--only LOGIN...] [--dry-run]</c>: the personal mailout of an
/// announcement, journaled per recipient in the store; <c>elections mail bounces FILE... [--repo DIR]</c>: marks the
/// addresses of delivery status notifications bounced in voters.json (docs/mail.md).
/// </summary>
internal static class MailCommand
{
    public static Command Build(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var command = new Command("mail", "Personal mail to the voters: send a mailout, read bounces");
        command.Subcommands.Add(Send(output, error, clock));
        command.Subcommands.Add(Bounces(output, error, clock));
        return command;
    }

    private static Command Send(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var name = new Argument<string>("NAME") { Description = "The announcement, e.g. roll-notice or kickoff (templates/announcements/NAME/)" };
        var repo = GlobalOptions.Repo();
        var resume = new Option<bool>("--resume") { Description = "Continue the mailout the store records: send only what is not recorded as sent" };
        var only = new Option<string[]>("--only") { Description = "Send only to these logins", AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Render every message and show the first; send nothing, record nothing" };
        var command = new Command("send", "Send an announcement to every voter who can vote, one message per address, journaled so --resume never sends twice");
        command.Arguments.Add(name);
        command.Options.Add(repo);
        command.Options.Add(resume);
        command.Options.Add(only);
        command.Options.Add(dryRun);
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var folder = context.Get(repo).FullName;
            var (config, election) = LoadElection(folder);
            var template = context.Get(name);
            var mails = MailoutPlanner.Prepare(template, config, election, context.Parse.GetValue(only) ?? [], new ScribanAnnouncementRenderer(folder), clock.GetUtcNow(), ResultsFiles.ElectedLogins(folder));
            if (context.Get(dryRun))
            {
                await output.WriteLineAsync($"dry run: {mails.Count} message(s) of {template} rendered; nothing sent.").ConfigureAwait(false);
                if (mails.Count > 0)
                {
                    await output.WriteLineAsync($"To: {mails[0].Mail.To}\nSubject: {mails[0].Mail.Subject}\nMessage-Id: <{mails[0].Mail.MessageId}>\n\n{mails[0].Mail.Text}").ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }

            return await SendAsync(output, error, folder, config, new MailoutKey(config.Slug, template), mails, context.Get(resume), clock, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>Sends <paramref name="mails"/> as <paramref name="mailout"/>, journaled in the election's store, and prints the summary.</summary>
    internal static async Task<int> SendAsync(TextWriter output, TextWriter error, string folder, Elections.Core.Configuration.ElectionConfig config, MailoutKey mailout, IReadOnlyList<PreparedMail> mails, bool resume, TimeProvider clock, CancellationToken cancellationToken)
    {
        var endpoint = SmtpSettings.Resolve(config.Mail);
        await using var store = await MailStore.OpenAsync(folder, clock, cancellationToken).ConfigureAwait(false);
        var runner = new MailoutRunner(new SqlMailJournal(store), new MailKitMailer(endpoint), clock);
        var options = new MailoutOptions
        {
            Connections = config.Mail.Connections,
            RatePerSecond = config.Mail.RatePerSecond,
            MaxConsecutiveFailures = config.Mail.MaxConsecutiveFailures,
            Resume = resume,
        };
        MailoutSummary summary;
        try
        {
            summary = await MailProgress.RunAsync(mails.Count, progress => runner.RunAsync(mailout, mails, options, progress, cancellationToken)).ConfigureAwait(false);
        }
        catch (MailoutAlreadyStartedException exception)
        {
            throw new InvalidInputException(new Problem("", 0, "--resume", exception.Message));
        }

        await WriteSummaryAsync(output, error, mailout, summary).ConfigureAwait(false);
        return summary.Complete ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static async Task WriteSummaryAsync(TextWriter output, TextWriter error, MailoutKey mailout, MailoutSummary summary)
    {
        foreach (var failure in summary.Failures)
        {
            await error.WriteLineAsync($"failed: {failure.Label}: {failure.Reason}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(
            $"{mailout}: {summary.Recipients} recipient(s); sent now {summary.Sent}, sent before {summary.AlreadySent}, bounced {summary.Bounced}, " +
            $"failed {summary.Failures.Count}, not tried {summary.NotTried}.").ConfigureAwait(false);
        if (summary.Stopped)
        {
            await error.WriteLineAsync("stopped after too many failures in a row (mail.max_consecutive_failures); fix the cause, then run again with --resume").ConfigureAwait(false);
        }
        else if (!summary.Complete)
        {
            await error.WriteLineAsync("some messages were not sent; run again with --resume to retry them").ConfigureAwait(false);
        }
    }

    private static Command Bounces(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Delivery status notifications (RFC 3464), as .eml files", Arity = ArgumentArity.OneOrMore };
        var repo = GlobalOptions.Repo();
        var command = new Command("bounces", "Mark the addresses of bounce reports bounced in voters.json, so the next mailout skips them");
        command.Arguments.Add(files);
        command.Options.Add(repo);
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var folder = context.Get(repo).FullName;
            var (config, election) = LoadElection(folder);
            var bounces = context.Get(files).SelectMany(file => DeliveryStatusReader.Read(file.FullName, file.ToString())).ToList();
            var reasons = bounces.GroupBy(b => b.Address, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.OrdinalIgnoreCase);
            var marked = 0;
            var voters = election.Roll.Voters.Select(voter =>
            {
                if (voter.Status == VoterStatus.Bounced || !voter.HasEmail || !reasons.TryGetValue(voter.Email, out var reason))
                {
                    return voter;
                }

                marked++;
                return voter with { Status = VoterStatus.Bounced, Note = voter.Note.Length == 0 ? reason : $"{voter.Note}; {reason}" };
            }).ToList();
            await File.WriteAllTextAsync(Path.Combine(folder, ElectionLayout.RollPath), VoterRollWriter.Write(voters), cancellationToken).ConfigureAwait(false);
            await using var store = await MailStore.OpenAsync(folder, clock, cancellationToken).ConfigureAwait(false);
            var journal = new SqlMailJournal(store);
            foreach (var address in reasons.Keys)
            {
                await journal.MarkBouncedAsync(config.Slug, address, reasons[address], cancellationToken).ConfigureAwait(false);
            }

            var unknown = reasons.Keys.Count(address => !election.Roll.Voters.Any(v => string.Equals(v.Email, address, StringComparison.OrdinalIgnoreCase)));
            await output.WriteLineAsync($"{bounces.Count} bounce(s) read; {marked} voter(s) marked bounced in {ElectionLayout.RollPath}; {unknown} address(es) not on the roll.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static (Elections.Core.Configuration.ElectionConfig Config, ElectionSnapshot Election) LoadElection(string folder)
    {
        var election = ElectionFolder.Load(folder);
        if (!election.TryGetConfig(out var config))
        {
            throw new InvalidInputException(election.Problems);
        }

        return (config, election);
    }
}
