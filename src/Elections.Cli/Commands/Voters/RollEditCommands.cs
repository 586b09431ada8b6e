using System.CommandLine;
using System.Globalization;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Core.Voters;
using Elections.Core.Voters.Edits;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands.Voters;

/// <summary>
/// <c>elections voters except | waive | opt-out | revoke | move-account</c>: the committee's hand-made roll
/// changes (docs/voters.md "Changing the roll"). Each edits <c>voters.json</c> in <c>--repo</c>, adds an
/// audit line, validates the whole resulting roll (refused with exit 2, nothing written, when it has any
/// problem) and prints the commit message stating the reason on standard output (also to
/// <c>--message-file</c>). <c>--dry-run</c> prints the changed line and the message and writes nothing.
/// </summary>
internal static class RollEditCommands
{
    public static IEnumerable<Command> Build(TextWriter output, TextWriter error, TimeProvider clock)
    {
        yield return Build(output, error, clock, RollChangeKind.Exception, "Add someone not eligible by the contribution rule, with the committee's reason");
        yield return Build(output, error, clock, RollChangeKind.Waiver, "Record that a voter declines their vote (they stay listed, so regeneration does not add them back)");
        yield return Build(output, error, clock, RollChangeKind.OptOut, "A voter keeps the vote by e-mail but leaves the voters team and its organization invitation");
        yield return Build(output, error, clock, RollChangeKind.Revocation, "Revoke a voter's repository access for rule violations (they still vote by e-mail)");
        yield return Build(output, error, clock, RollChangeKind.AccountMove, "Move a voter to a new GitHub account (old id → new id), with a link proving it");
    }

    private static Command Build(TextWriter output, TextWriter error, TimeProvider clock, RollChangeKind kind, string description)
    {
        var move = kind == RollChangeKind.AccountMove;
        var except = kind == RollChangeKind.Exception;
        var target = new Argument<string>(move ? "OLD" : "LOGIN|ID") { Description = except ? "The person's GitHub login or numeric id" : "The voter's login or numeric id on the roll" };
        var newAccount = new Argument<string>("NEW") { Description = "The new account's login or numeric id" };
        var reason = new Option<string>("--reason") { Description = "Why the committee decided it (required; goes into the audit line and the commit message)" };
        var login = new Option<string>("--login") { Description = "The (new) account's login, when giving a numeric id without GitHub credentials" };
        var email = new Option<string>("--email") { Description = "The address ballots go to (without it the voter is added as no-email)" };
        var proof = new Option<string>("--proof") { Description = move ? "An http(s) link proving both accounts are the same person (required)" : "A link supporting the decision" };
        var by = new Option<string>("--by") { Description = "Who decided or records it (a login)" };
        var date = new Option<string>("--date") { Description = "The day of the decision, YYYY-MM-DD (default: today, UTC)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the change and the commit message; write nothing" };
        var messageFile = new Option<FileInfo>("--message-file") { Description = "Also write the commit message to this file (for git commit -F)" };
        var repo = GlobalOptions.Repo();
        var command = new Command(RollEditor.Verb(kind), description) { target, reason, by, date, dryRun, messageFile, repo };
        if (move)
        {
            command.Arguments.Add(newAccount);
            command.Options.Add(proof);
        }

        if (move || except)
        {
            command.Options.Add(login);
        }

        if (except)
        {
            command.Options.Add(email);
            command.Options.Add(proof);
        }

        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var lookup = new AccountLookup(BotServices.Settings(null));
            long? newId = null;
            var newLogin = "";
            if (move || except)
            {
                (var id, newLogin) = await lookup.ResolveAsync(context.Get(move ? newAccount : target), move ? "NEW" : "LOGIN|ID", context.Parse.GetValue(login) ?? "", cancellationToken).ConfigureAwait(false);
                newId = id;
            }

            var edit = new RollEdit
            {
                Kind = kind,
                Target = context.Get(target),
                NewId = newId,
                NewLogin = newLogin,
                Email = context.Parse.GetValue(email) ?? "",
                Reason = context.Parse.GetValue(reason) ?? "",
                By = (context.Parse.GetValue(by) ?? "").TrimStart('@'),
                Proof = context.Parse.GetValue(proof) ?? "",
                At = Day(context.Parse.GetValue(date), clock),
            };
            return await RunAsync(context, context.Get(repo).FullName, edit, context.Get(dryRun), context.Parse.GetValue(messageFile), cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string folder, RollEdit edit, bool dryRun, FileInfo? messageFile, CancellationToken cancellationToken)
    {
        var snapshot = ElectionFolder.Load(folder);
        var rollProblems = snapshot.Problems.Where(problem => problem.File == ElectionLayout.RollPath).ToList();
        if (!snapshot.TryGetConfig(out var config) || rollProblems.Count > 0)
        {
            throw new InvalidInputException([
                .. snapshot.Problems.Where(problem => problem.File is ElectionLayout.RollPath or ElectionLayout.ConfigPath),
                new Problem(ElectionLayout.RollPath, 0, "", "fix these first (see `elections validate`); nothing was changed"),
            ]);
        }

        if (!RollEditor.TryApply(snapshot.Roll, edit, out var result, out var refused))
        {
            throw new InvalidInputException(refused);
        }

        var text = VoterRollWriter.Write(result.Voters, result.Audit);
        var excluded = config.Eligibility.ExcludedAccounts.Select(account => account.Id).ToList();
        var check = RollCheck.Check(ElectionLayout.RollPath, text, excluded, $"{ElectionLayout.ConfigPath} eligibility.excluded_accounts");
        if (check.Problems.Count > 0)
        {
            throw new InvalidInputException([.. check.Problems, new Problem(ElectionLayout.RollPath, 0, "", "the change would leave these problems in the roll, so nothing was written")]);
        }

        var changed = check.Roll.Voters.First(voter => voter.Id == result.Changed.Id && voter.Login == result.Changed.Login);
        var line = text.Split('\n')[changed.Line - 1].Trim().TrimEnd(',');
        if (dryRun)
        {
            await context.Error.WriteLineAsync($"dry run: would write {ElectionLayout.RollPath}:{changed.Line}: {line}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await File.WriteAllTextAsync(Path.Combine(folder, ElectionLayout.RollPath), text, cancellationToken).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"wrote {ElectionLayout.RollPath}:{changed.Line}: {line}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        if (messageFile is not null && !dryRun)
        {
            await File.WriteAllTextAsync(messageFile.FullName, result.CommitMessage, cancellationToken).ConfigureAwait(false);
        }

        await context.Out.WriteAsync(result.CommitMessage.AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static DateOnly Day(string? text, TimeProvider clock)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidInputException(new Problem("command line", 0, "--date", $"\"{text}\" is not a date; write YYYY-MM-DD"));
    }
}
