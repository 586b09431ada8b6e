using System.CommandLine;
using System.Text.Json;
using Elections.App.Candidacy;
using Elections.App.Presentation;
using Elections.Core.Candidacy;
using Elections.Core.Validation;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections candidates status</c> (<see cref="CandidatesStatusCommand"/>),
/// <c>elections candidates finalise [--github OWNER/REPO] [--dry-run] [--force]</c> (the end of the candidacy phase) and
/// <c>elections candidates qa [--github OWNER/REPO] [--out DIR]</c> (the candidates' Q&amp;A pages) and
/// <c>elections candidates remind [--github OWNER/REPO] [--dry-run] [--json]</c> (targeted reminders, each once per phase).
/// </summary>
internal static class CandidatesCommand
{
    /// <summary>The command; <paramref name="environment"/>, when given, replaces the process environment (tests).</summary>
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock, IReadOnlyDictionary<string, string>? environment = null)
    {
        var command = new Command("candidates", "Nominations and candidates");
        command.Subcommands.Add(CandidatesStatusCommand.Create(output, error, environment));
        command.Subcommands.Add(Finalise(output, error, clock, environment));
        command.Subcommands.Add(Qa(output, error, environment));
        command.Subcommands.Add(Remind(output, error, clock, environment));
        return command;
    }

    private static Command Remind(TextWriter output, TextWriter error, TimeProvider clock, IReadOnlyDictionary<string, string>? environment)
    {
        var github = GlobalOptions.GitHub();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the reminders that would be posted; post nothing" };
        var json = GlobalOptions.Json();
        var command = new Command("remind", "Mention nominees and nominators on their nomination pull requests (accept, form, endorsements) and note on the status issue when nobody is nominated; each reminder once per phase")
        {
            github, dryRun, json,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            await using var election = await GitHubElection.OpenAsync(context.Get(github), store: null, ct, environment).ConfigureAwait(false);
            var config = election.Config;
            if (CandidacyReminders.OpenPhase(config.Timeline, clock.GetUtcNow()) is not { } phase)
            {
                await output.WriteLineAsync($"No reminders: nominations and endorsements are not open (nominations open {config.Timeline.Kickoff}, endorsements close {config.Timeline.EndorsementsClose}).".AsMemory(), ct).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            var standings = await CandidatesStatusCommand.StandingsAsync(election, ct).ConfigureAwait(false);
            var reminders = CandidacyReminders.Plan(election.Repository.FullName, config, standings, phase);
            var outcomes = await new ReminderPoster(election.GitHub, election.Repository).PostAsync(reminders, config, context.Get(dryRun), ct).ConfigureAwait(false);
            var text = context.Get(json)
                ? JsonSerializer.Serialize(new { format_version = 1, reminders = outcomes.Select(o => new { key = o.Reminder.Key, target = o.Target, outcome = o.Outcome, body = o.Reminder.Body }) }, CliJson.Indented) + "\n"
                : outcomes.Count == 0
                    ? "Nothing to remind.\n"
                    : string.Concat(outcomes.Select(o => $"{(o.Target is { } n ? "#" + n : "(no status issue)")} {o.Outcome}: {o.Reminder.Body}\n"));
            await output.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Finalise(TextWriter output, TextWriter error, TimeProvider clock, IReadOnlyDictionary<string, string>? environment)
    {
        var github = GlobalOptions.GitHub();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be merged, closed and published; change nothing" };
        var force = new Option<bool>("--force") { Description = "Finalise before the endorsement deadline" };
        var store = ConflictsCommand.StoreOption();
        var command = new Command("finalise", "At the deadline: merge confirmed nominations, close the rest saying why, publish the candidate list, conflict pairs and lock-in record")
        {
            github, dryRun, force, store,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            await using var election = await GitHubElection.OpenAsync(context.Get(github), context.Get(store), ct, environment).ConfigureAwait(false);
            var (repository, snapshot, config) = (election.Repository, election.Snapshot, election.Config);
            var deadline = config.Timeline.EndorsementsClose;
            if (!deadline.HasPassed(clock.GetUtcNow()) && !context.Get(force))
            {
                throw new InvalidInputException(new Problem(
                    "command line", 0, "finalise",
                    $"endorsements, acceptances and forms are open until {deadline}: nominations can still change. Run finalise after that, or pass --force to finalise now"));
            }

            var groups = await election.ConflictGroupsAsync(ct).ConfigureAwait(false);
            var report = await new CandidacyFinaliser(election.GitHub, repository).RunAsync(snapshot, config, groups, context.Get(dryRun), ct).ConfigureAwait(false);
            var text = string.Concat(report.Actions.Select(a => (context.Get(dryRun) ? "would " : "") + a + "\n"))
                + $"{report.Candidates.Count} candidate(s); candidate list sha256 {report.Sha256}\n"
                + string.Concat(report.Failures.Select(f => $"failed: {f}\n"));
            await output.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            return report.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        }));
        return command;
    }

    private static Command Qa(TextWriter output, TextWriter error, IReadOnlyDictionary<string, string>? environment)
    {
        var github = GlobalOptions.GitHub();
        var store = ConflictsCommand.StoreOption();
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Where to write one <login>.md page per candidate",
            DefaultValueFactory = _ => new DirectoryInfo("qa"),
        };
        var command = new Command("qa", "Compile the questions to the candidates (issues with the question label) into one page per candidate: first answers, answered and unanswered")
        {
            github, outDir, store,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            await using var election = await GitHubElection.OpenAsync(context.Get(github), context.Get(store), ct, environment).ConfigureAwait(false);
            var config = election.Config;
            var questions = await QuestionReader.ReadAsync(election.GitHub, election.Repository, config.Labels.Question, ct).ConfigureAwait(false);
            var folder = context.Get(outDir);
            folder.Create();
            foreach (var candidate in election.Snapshot.Candidates)
            {
                var id = election.Snapshot.Roll.TryFindByLogin(candidate.Login, out var voter) ? voter.Id ?? 0 : 0;
                var answers = CandidateAnswers.Of(new Person(id, candidate.Login), questions, IsVoter, config.Timeline);
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, candidate.Login + ".md"), QaPage.Render(answers, candidate.Form.Name), ct).ConfigureAwait(false);
                await output.WriteLineAsync($"{candidate.Login}: {answers.Answered.Count} answered, {answers.Unanswered.Count} unanswered".AsMemory(), ct).ConfigureAwait(false);
            }

            return ExitCodes.Ok;

            bool IsVoter(long id) => election.Snapshot.Roll.TryFindById(id, out _);
        }));
        return command;
    }
}
