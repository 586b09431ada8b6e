using System.Globalization;
using System.Text;
using Elections.App.Candidacy;
using Elections.App.Configuration;
using Elections.App.Mail;
using Elections.App.Ports.Mail;
using Elections.App.Voting;
using Elections.Cli.Commands;
using Elections.Core.Rehearsal;
using Elections.Core.Snapshots;
using Elections.Core.Voters;
using Elections.Infrastructure.Announcements;
using Elections.Infrastructure.Mail;
using Elections.Infrastructure.Store;

namespace Elections.Cli.Rehearsal;

/// <summary>
/// Carries out a scenario's actions: people act on the emulated GitHub as themselves (the Sandbox emits the webhooks
/// GitHub would), the committee runs its commands (mail send, candidates finalise, voting export, voting import,
/// results, results publish, results writeback). Only the external voting tool is simulated: seeded random ballots in the BLT file OpaVote exports.
/// </summary>
internal sealed class RehearsalActions(RehearsalStage stage, RehearsalClock clock, RehearsalWorkspace workspace, RehearsalFacts facts, string outFolder, int seed)
{
    /// <summary>The folders of the hand-off's public files, committed by the results pull request.</summary>
    private static readonly string[] PublishedFolders = [VotingFiles.ResultsFolder, VotingFiles.Folder];

    private string Org => workspace.Config.Organization;

    private string Repo => workspace.Config.Repository;

    /// <summary>Does <paramref name="action"/>; returns one line saying what was done.</summary>
    public async Task<string> RunAsync(ScenarioItem action, CancellationToken cancellationToken)
    {
        var state = stage.Sandbox.State;
        var config = workspace.Config;
        switch (action.Kind)
        {
            case "nominate":
                {
                    var nominee = action.Text("nominee");
                    var files = new Dictionary<string, string?> { [$"{ElectionLayout.CandidatesFolder}/{nominee}.md"] = action.Text("form", "complete") == "complete" ? Form(nominee) : "" };
                    if (action.Text("also_edit") is { Length: > 0 } extra)
                    {
                        files[extra] = "edited by the nomination\n";
                    }

                    var number = state.OpenPullRequest(Org, Repo, action.Text("by"), $"Nominate @{nominee}", $"nominate-{nominee}-{facts.Nominations.Count + 1}", files);
                    facts.Nominations[nominee] = number;
                    return $"@{action.Text("by")} opened #{number} nominating @{nominee}";
                }

            case "accept":
                {
                    var by = action.Text("by", action.Text("nominee"));
                    state.Comment(Org, Repo, Pull(action), by, config.Nominations.AcceptCommand);
                    return $"@{by} wrote {config.Nominations.AcceptCommand} on #{Pull(action)}";
                }

            case "form":
                state.PushToPullRequest(Org, Repo, Pull(action), new Dictionary<string, string?> { [$"{ElectionLayout.CandidatesFolder}/{action.Text("nominee")}.md"] = Form(action.Text("nominee")) }, "Candidate form");
                return $"@{action.Text("nominee")} pushed the candidate form to #{Pull(action)}";
            case "endorse":
                foreach (var by in action.List("by"))
                {
                    if (action.Text("via", "comment") == "review")
                    {
                        state.SubmitReview(Org, Repo, Pull(action), by, "APPROVED", "Endorsed.");
                    }
                    else
                    {
                        state.Comment(Org, Repo, Pull(action), by, config.Endorsements.CommentCommand);
                    }
                }

                return $"{string.Join(", ", action.List("by").Select(b => "@" + b))} endorsed #{Pull(action)} by {action.Text("via", "comment")}";
            case "retract":
                state.Comment(Org, Repo, Pull(action), action.Text("by"), "!unendorse");
                return $"@{action.Text("by")} wrote !unendorse on #{Pull(action)}";
            case "comment":
                state.Comment(Org, Repo, Pull(action), action.Text("by"), action.Text("text"));
                return $"@{action.Text("by")} commented on #{Pull(action)}: {action.Text("text")}";
            case "ask":
                {
                    var number = state.OpenIssue(Org, Repo, action.Text("by"), action.Text("title"), "A question to every candidate.", [config.Labels.Question]);
                    facts.Questions[action.Text("title")] = number;
                    return $"@{action.Text("by")} asked #{number}: {action.Text("title")}";
                }

            case "answer":
                {
                    var number = facts.Questions.TryGetValue(action.Text("question"), out var n) ? n : throw new RehearsalStepException($"no question titled '{action.Text("question")}' was asked before");
                    state.Comment(Org, Repo, number, action.Text("by"), action.Text("text", $"My answer to '{action.Text("question")}'."));
                    return $"@{action.Text("by")} answered #{number}";
                }

            case "mail":
                return await MailAsync(action.Text("template"), cancellationToken).ConfigureAwait(false);
            case "finalise":
                return await FinaliseAsync(cancellationToken).ConfigureAwait(false);
            case "vote":
                return await VoteAsync(action.Has("ballots") ? int.Parse(action.Text("ballots"), CultureInfo.InvariantCulture) : null, cancellationToken).ConfigureAwait(false);
            case "count":
                return await CountAsync(cancellationToken).ConfigureAwait(false);
            case "publish":
                return await PublishAsync(action.Text("stage"), action.Text("refused"), cancellationToken).ConfigureAwait(false);
            case "writeback":
                return await WriteBackAsync(cancellationToken).ConfigureAwait(false);
            case "merge_results":
                return await MergeResultsAsync(action.Text("by", config.Officials.Count > 0 ? config.Officials[0].Login : ""), cancellationToken).ConfigureAwait(false);
            default:
                throw new RehearsalStepException($"'{action.Kind}' is not an action");
        }
    }

    /// <summary>A complete candidate form.</summary>
    public static string Form(string login) =>
        $"---\nname: {login}\ngithub: {login}\nemail: {login}@example.org\nconflicts_of_interest: none\n---\n\n## Motivation\n\nWhy I am running.\n";

    private int Pull(ScenarioItem action) =>
        facts.Nominations.TryGetValue(action.Text("nominee"), out var number) ? number : throw new RehearsalStepException($"@{action.Text("nominee")} has no nomination pull request yet");

    private async Task<string> MailAsync(string template, CancellationToken cancellationToken)
    {
        var config = workspace.Config;
        var mails = MailoutPlanner.Prepare(template, config, workspace.Snapshot, [], new ScribanAnnouncementRenderer(workspace.Folder), clock.GetUtcNow());
        var before = stage.Mail.Received.Count;
        await using var store = StoreFactory.Open(stage.Environment[ElectionsVariables.Store], clock);
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        var endpoint = new SmtpEndpoint { Host = "127.0.0.1", Port = stage.Mail.Port, Tls = Elections.Core.Configuration.TlsMode.None, User = config.Mail.User, Password = config.Mail.User.Length > 0 ? "rehearsal" : "" };
        var runner = new MailoutRunner(new SqlMailJournal(store), new MailKitMailer(endpoint), clock);
        var summary = await runner.RunAsync(new MailoutKey(config.Slug, template), mails, new MailoutOptions { Connections = 2, RatePerSecond = 0, MaxConsecutiveFailures = 5, Resume = false }, null, cancellationToken).ConfigureAwait(false);
        facts.Mailouts[template] = (mails.Count, stage.Mail.Received.Count - before);
        return $"the committee mailed {template}: {summary.Sent} sent, {summary.Failures.Count} failed";
    }

    private async Task<string> FinaliseAsync(CancellationToken cancellationToken)
    {
        await using var election = await GitHubElection.OpenAsync($"{Org}/{Repo}", stage.Environment[ElectionsVariables.Store], cancellationToken, stage.Environment).ConfigureAwait(false);
        var groups = await election.ConflictGroupsAsync(cancellationToken).ConfigureAwait(false);
        var report = await new CandidacyFinaliser(election.GitHub, election.Repository).RunAsync(election.Snapshot, election.Config, groups, false, cancellationToken).ConfigureAwait(false);
        facts.Finalised = report;
        if (report.Failures.Count > 0)
        {
            throw new RehearsalStepException($"finalise could not merge: {string.Join("; ", report.Failures)}");
        }

        foreach (var file in report.Candidates.Select(c => c.File).Concat([LockInFile.Path, LockInFile.ConflictsPath, LockInFile.ListPath]))
        {
            var content = stage.Sandbox.State.GetContent(Org, Repo, file, null);
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(content["content"]!.GetValue<string>()));
            var local = Path.Combine(workspace.Folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(local)!);
            await File.WriteAllTextAsync(local, text, cancellationToken).ConfigureAwait(false);
        }

        workspace.Reload();
        return $"the committee finalised: {string.Join("; ", report.Actions)}";
    }

    /// <summary>The committee exports the roll and candidates for the voting tool; the simulated tool's voters then vote.</summary>
    private async Task<string> VoteAsync(int? ballots, CancellationToken cancellationToken)
    {
        var export = await CommandAsync(["voting", "export", "--to", "opavote", "--repo", workspace.Folder, "--out", Path.Combine(outFolder, "opavote-export")], cancellationToken).ConfigureAwait(false);
        var candidates = workspace.Snapshot.Candidates.Select(c => c.Login).Order(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            throw new RehearsalStepException("there are no candidates to vote for: finalise first");
        }

        var voters = workspace.Snapshot.Roll.Voters.Where(VoterRules.CanVote).ToList();
        var random = new Random(seed);
        var count = Math.Min(ballots ?? voters.Count, voters.Count);
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} {workspace.Config.Seats}\n"));
        for (var i = 0; i < count; i++)
        {
            var ranked = candidates.Select((_, index) => index + 1).OrderBy(_ => random.Next()).Take(random.Next(1, candidates.Count + 1));
            text.Append(CultureInfo.InvariantCulture, $"1 {string.Join(' ', ranked)} 0\n");
        }

        text.Append("0\n");
        foreach (var candidate in candidates)
        {
            text.Append(CultureInfo.InvariantCulture, $"\"{candidate}\"\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\"{workspace.Config.Name} (rehearsal)\"\n");
        facts.BallotFile = Path.Combine(outFolder, "ballots.blt");
        File.WriteAllText(facts.BallotFile, text.ToString());
        facts.Ballots = count;
        return $"the committee exported to OpaVote ({export.Split('\n')[0]}); {count} simulated voters cast ballots (seed {seed}), exported as ballots.blt";
    }

    private async Task<string> CountAsync(CancellationToken cancellationToken)
    {
        if (facts.BallotFile.Length == 0)
        {
            throw new RehearsalStepException("there are no ballots to count: vote first");
        }

        await CommandAsync(["voting", "import", facts.BallotFile, "--repo", workspace.Folder], cancellationToken).ConfigureAwait(false);
        await CommandAsync(["results", "--repo", workspace.Folder], cancellationToken).ConfigureAwait(false);
        facts.ResultReport = Path.Combine(outFolder, "result.html");
        File.Copy(Path.Combine(workspace.Folder, VotingFiles.ResultsFolder, "report.html"), facts.ResultReport, overwrite: true);
        facts.Winners = ResultsFiles.ElectedLogins(workspace.Folder);
        return $"the committee imported {facts.Ballots} ballots and ran elections results: elected {string.Join(", ", facts.Winners)}";
    }

    /// <summary>
    /// The committee publishes the result in stages: privately to the candidates (mail through the SMTP sink), then
    /// public once the embargo lifts. With <paramref name="refused"/>, the stage must be refused with those words.
    /// </summary>
    private async Task<string> PublishAsync(string stageName, string refused, CancellationToken cancellationToken)
    {
        string[] args = ["results", "publish", "--stage", stageName, "--repo", workspace.Folder];
        if (refused.Length > 0)
        {
            var (exit, _, error) = await RunCommandAsync(args, cancellationToken).ConfigureAwait(false);
            return exit == ExitCodes.BadInput && error.Contains(refused, StringComparison.Ordinal)
                ? $"the committee tried results publish --stage {stageName}: refused, as expected ({error.Split('\n')[0]})"
                : throw new RehearsalStepException($"elections results publish --stage {stageName} should have been refused with \"{refused}\" but exited {exit}{(error.Length > 0 ? ": " + error : "")}");
        }

        var before = stage.Mail.Received.Count;
        var output = await CommandAsync(args, cancellationToken).ConfigureAwait(false);
        if (stageName == "candidates")
        {
            facts.Mailouts["result"] = (workspace.Snapshot.Candidates.Count, stage.Mail.Received.Count - before);
        }

        facts.Publication.Add($"{clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC, {stageName}: {output.Split('\n')[^1]}");
        return $"the committee ran results publish --stage {stageName}: {output.Split('\n')[^1]}";
    }

    /// <summary>The committee proposes the governance file with the winners (elections results writeback), on the emulated governance repository.</summary>
    private async Task<string> WriteBackAsync(CancellationToken cancellationToken)
    {
        if (workspace.Config.Results.GovernanceFile is null)
        {
            throw new RehearsalStepException("results.governance_file is not configured in config/election.yml: configure it, or leave the writeback step out of the scenario");
        }

        var output = await CommandAsync(["results", "writeback", "--repo", workspace.Folder], cancellationToken).ConfigureAwait(false);
        facts.WriteBackPull = RehearsalGovernance.OpenPull(stage.Sandbox.State, workspace.Config)?["number"]!.GetValue<int>() ?? 0;
        return $"the committee ran results writeback: {string.Join("; ", output.Split('\n'))}";
    }

    /// <summary>
    /// The committee commits what the hand-off wrote (<c>results/</c> and the public <c>voting/</c> files) with a pull
    /// request; once the bot has checked it (the <c>results</c> check run), an official merges it: on GitHub this is how
    /// the result becomes public in the repository, and the bot announces it and proposes the write-back.
    /// </summary>
    private async Task<string> MergeResultsAsync(string by, CancellationToken cancellationToken)
    {
        if (by.Length == 0)
        {
            throw new RehearsalStepException("merge_results needs by: the configuration lists no official to merge the results pull request");
        }

        var files = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var folder in PublishedFolders.Select(f => Path.Combine(workspace.Folder, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(workspace.Folder, file).Replace(Path.DirectorySeparatorChar, '/')] = File.ReadAllText(file);
            }
        }

        if (!files.Keys.Any(f => f.StartsWith("results/", StringComparison.Ordinal)))
        {
            throw new RehearsalStepException("there are no results to merge: count first");
        }

        var state = stage.Sandbox.State;
        var number = state.OpenPullRequest(Org, Repo, by, "Results", "results", files, "The count, the ballots and their hash.");
        await stage.SettleAsync(cancellationToken).ConfigureAwait(false);
        state.MergeAs(Org, Repo, number, by);
        facts.ResultsPull = number;
        return $"@{by} opened #{number} with {files.Count} files of results/ and voting/ and, once checked, merged it";
    }

    /// <summary>Runs an <c>elections</c> command on the rehearsal's clock; its standard output, or the step fails with its error.</summary>
    private async Task<string> CommandAsync(string[] args, CancellationToken cancellationToken)
    {
        var (exit, output, error) = await RunCommandAsync(args, cancellationToken).ConfigureAwait(false);
        return exit == ExitCodes.Ok
            ? output
            : throw new RehearsalStepException($"elections {string.Join(' ', args.Take(2))} exited {exit}: {error}");
    }

    /// <summary>
    /// Runs an <c>elections</c> command as the committee would, on the rehearsal's clock, pointed at the rehearsal's
    /// emulated GitHub, SMTP sink and store through its environment.
    /// </summary>
    private async Task<(int Exit, string Output, string Error)> RunCommandAsync(string[] args, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string>(stage.Environment, StringComparer.Ordinal)
        {
            [ElectionsVariables.SmtpHost] = "127.0.0.1",
            [ElectionsVariables.SmtpPort] = stage.Mail.Port.ToString(CultureInfo.InvariantCulture),
            [ElectionsVariables.SmtpTls] = "none",
            [workspace.Config.Mail.PasswordEnv] = "rehearsal",
            ["GITHUB_REPOSITORY"] = $"{Org}/{Repo}",
        };
        var exit = await ElectionsCli.RunAsync(args, output, error, clock, environment).ConfigureAwait(false);
        return (exit, output.ToString().Trim(), error.ToString().Trim());
    }
}

/// <summary>An action that could not be carried out; the step fails with this message.</summary>
internal sealed class RehearsalStepException(string message) : Exception(message);
