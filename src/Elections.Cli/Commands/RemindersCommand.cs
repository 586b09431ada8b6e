using System.CommandLine;
using Elections.App.Announcements;
using Elections.App.Configuration;
using Elections.App.Mail;
using Elections.App.Ports.Mail;
using Elections.Core.Timeline;
using Elections.Core.Validation;
using Elections.Infrastructure.Announcements;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections reminders send [--repo DIR] [--at TIME] --channel mail|github... [--github OWNER/REPO] [--dry-run]</c>:
/// sends every reminder whose configured offset before its deadline has come (config <c>announcements.reminders</c>),
/// once: by mail through the journaled mailout (a run resumes it, so nobody gets it twice) and as a comment on the
/// GitHub announcement pull request (found again by its marker). Run on a schedule (docs/mail.md).
/// </summary>
internal static class RemindersCommand
{
    private static readonly string[] Channels = ["mail", "github"];

    public static Command Build(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var command = new Command("reminders", "Reminders before the deadlines, sent once when their configured time has come");
        command.Subcommands.Add(Send(output, error, clock));
        return command;
    }

    private static Command Send(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var repo = GlobalOptions.Repo();
        var at = new Option<string?>("--at") { Description = "Act as at this instant (ISO 8601) instead of now" };
        var channel = new Option<string[]>("--channel") { Description = "mail and/or github", Required = true, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
        channel.AcceptOnlyFromAmong(Channels);
        var github = GlobalOptions.GitHub();
        var dryRun = new Option<bool>("--dry-run") { Description = "Show which reminders are due and where they would go; send nothing" };
        var command = new Command("send", "Send the reminders that are due (announcements.reminders), each once per channel");
        command.Options.Add(repo);
        command.Options.Add(at);
        command.Options.Add(channel);
        command.Options.Add(github);
        command.Options.Add(dryRun);
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var folder = context.Get(repo).FullName;
            var (config, election) = MailCommand.LoadElection(folder);
            var instant = StatusCommand.ParseInstant(context.Parse.GetValue(at), clock);
            var channels = context.Get(channel).Distinct(StringComparer.Ordinal).ToList();
            var mail = channels.Contains("mail");
            if (mail && !context.Get(dryRun) && CliEnvironment.Get("GITHUB_ACTIONS") == "true" && CliEnvironment.Get(ElectionsVariables.Store) is not { Length: > 0 })
            {
                throw new InvalidInputException(Problem.Setting(ElectionsVariables.Store, "is not set: in Actions the mail journal would be lost after the run and the next run would mail everyone again; set it to a PostgreSQL connection string (docs/environment.md)"));
            }

            var due = ReminderSchedule.DueAt(config, instant);
            if (due.Count == 0)
            {
                var next = ReminderSchedule.All(config).Where(r => r.From > instant).MinBy(r => r.From);
                await output.WriteLineAsync($"no reminder is due at {instant.UtcDateTime:yyyy-MM-dd HH:mm} UTC{(next is null ? "" : $"; next: {next.Template} from {next.From.UtcDateTime:yyyy-MM-dd HH:mm} UTC")}").ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var exit = ExitCodes.Ok;
            var renderer = new ScribanAnnouncementRenderer(folder);
            foreach (var reminder in due)
            {
                await output.WriteLineAsync($"due: {reminder.Template} (before {reminder.DeadlineKey}, {reminder.Deadline})").ConfigureAwait(false);
                if (mail)
                {
                    var mails = MailoutPlanner.Prepare(reminder.Template, config, election, [], renderer, instant);
                    exit = Math.Max(exit, context.Get(dryRun)
                        ? await WriteAsync(output, $"dry run: would mail {reminder.Template} to those of {mails.Count} recipient(s) not yet sent it").ConfigureAwait(false)
                        : await MailCommand.SendAsync(output, error, folder, config, new MailoutKey(config.Slug, reminder.Template), mails, resume: true, clock, cancellationToken).ConfigureAwait(false));
                }

                if (channels.Contains("github"))
                {
                    var rendered = renderer.Render(reminder.Template, AnnouncementChannel.GitHub, AnnouncementModels.Of(config, election.Roll, election.Candidates, []), null);
                    exit = Math.Max(exit, await AnnounceOnGitHub.PostAsync(output, context.Parse.GetValue(github), config, reminder.Template, rendered, context.Get(dryRun), cancellationToken).ConfigureAwait(false));
                }
            }

            return exit;
        }));
        return command;
    }

    private static async Task<int> WriteAsync(TextWriter output, string line)
    {
        await output.WriteLineAsync(line).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
