using System.CommandLine;
using Elections.App.Ports.GitHub;
using Elections.App.Voting;
using Elections.Cli.Commands.Voting;
using Elections.Cli.Mail;
using Elections.Core.Validation;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections results writeback [--github OWNER/REPO] [--dry-run]</c> (issue 13 item 7): proposes the configured
/// governance file (<c>results.governance_file</c>) with the winners of <c>results/results.json</c> added and the
/// members whose term ended removed, as one pull request found again by its marker (<see cref="GovernanceWriteBack"/>).
/// </summary>
internal static class ResultsWriteBackCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var repo = GlobalOptions.Repo();
        var gitHubOption = new Option<string?>("--github") { Description = "The governance repository, OWNER/REPO (default: results.governance_file.repository); token from GH_TOKEN, API from ELECTIONS_GITHUB_API_URL" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the new governance file and what changes; change nothing on GitHub" };
        var command = new Command("writeback", "Open (or update) the pull request that writes the winners and their term ends into the configured governance file")
        {
            repo, gitHubOption, dryRun,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = VotingElection.Load(context.Get(repo));
            var config = election.Config;
            var file = config.Results.GovernanceFile
                ?? throw new InvalidInputException(new Problem(Elections.Core.Snapshots.ElectionLayout.ConfigPath, 0, "results.governance_file", "not configured: add results: {governance_file: {repository: OWNER/REPO, path: PATH, format: yaml-members}}"));
            var name = context.Parse.GetValue(gitHubOption) ?? file.Repository;
            if (!RepositoryRef.TryParse(name, out var repository))
            {
                throw new InvalidInputException(config.Source.ProblemAt("results.governance_file.repository", "give the governance repository as OWNER/REPO (or pass --github OWNER/REPO)"));
            }

            var winners = ResultsFiles.ElectedIn(election.Folder);
            if (winners.Count == 0 || winners.Any(w => w.Login.Length == 0 || w.TermYears <= 0))
            {
                throw new InvalidInputException(new Problem($"{VotingFiles.ResultsFolder}/results.json", 0, "elected", winners.Count == 0
                    ? "no results: run `elections results` first"
                    : "every elected person needs a login and a term (terms: in config/election.yml); run `elections results` again"));
            }

            var termStart = DateOnly.FromDateTime(config.Timeline.VotingCloses.Utc.UtcDateTime);
            var request = new WriteBackRequest(repository, file, config.Slug, config.Name, winners, termStart, context.Get(dryRun));
            var result = await GitHubCall.RunAsync(gitHub => new GovernanceWriteBack(gitHub).RunAsync(request, ct)).ConfigureAwait(false);
            foreach (var member in result.Update.Added)
            {
                await output.WriteLineAsync($"add {member.Login} (term ends {member.TermEnds:yyyy-MM-dd})").ConfigureAwait(false);
            }

            foreach (var member in result.Update.Removed)
            {
                await output.WriteLineAsync($"remove {member.Login} (term ended {member.TermEnds:yyyy-MM-dd})").ConfigureAwait(false);
            }

            if (result.Outcome is WriteBackOutcome.Opened or WriteBackOutcome.Updated)
            {
                await using var store = await MailStore.OpenAsync(election.Folder, clock, ct).ConfigureAwait(false);
                await VotingAudit.AppendAsync(store, clock, $"write-back pull request #{result.Number} {result.Outcome.ToString().ToLowerInvariant()} in {repository}: {result.Update.Added.Count} added, {result.Update.Removed.Count} removed", $"results-writeback:{config.Slug}", $"{file.Path}: {result.Url}", ct)
                    .ConfigureAwait(false);
            }

            await output.WriteLineAsync(result.Outcome switch
            {
                WriteBackOutcome.DryRun => $"dry run: would propose {file.Path} in {repository} as:\n{result.Update.Text}",
                WriteBackOutcome.Opened => $"opened the write-back pull request #{result.Number}: {result.Url}",
                WriteBackOutcome.Updated => $"updated the write-back pull request #{result.Number}: {result.Url}",
                _ => $"the write-back pull request #{result.Number} is up to date: {result.Url}",
            }).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
