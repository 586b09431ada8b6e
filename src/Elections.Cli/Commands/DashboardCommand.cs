using System.CommandLine;
using Elections.App.Candidacy;
using Elections.App.Presentation.Dashboard;
using Elections.App.Voting;
using Elections.Core.Candidacy;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections dashboard [--repo DIR] --out DIR [--results REPORT.html]</c>: the election's dashboard as static HTML
/// (<c>DIR/index.html</c>, and <c>DIR/results.html</c> when a results report is given) for GitHub Pages (docs/dashboard.md).
/// </summary>
internal static class DashboardCommand
{
    public const string Page = "index.html";
    public const string Results = "results.html";

    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var repo = GlobalOptions.Repo();
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Where to write index.html (e.g. the folder GitHub Pages publishes)", Required = true };
        var results = new Option<FileInfo?>("--results") { Description = "The results report (elections tally --report) to publish beside the dashboard (default: results/report.html of the election, once counted)" };
        var command = new Command("dashboard", "Write the election dashboard as static HTML: timeline with AoE countdowns, phase, nominees, roll size, results") { repo, outDir, results };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var folder = context.Get(repo).FullName;
            var snapshot = ElectionFolder.Load(folder);
            if (!snapshot.TryGetConfig(out var config))
            {
                throw new InvalidInputException(snapshot.Problems);
            }

            var target = context.Get(outDir);
            target.Create();
            var resultsHref = "";
            var counted = new FileInfo(Path.Combine(folder, VotingFiles.ResultsFolder, "report.html"));
            if ((context.Get(results) ?? (counted.Exists ? counted : null)) is { } report)
            {
                if (!report.Exists)
                {
                    throw new InvalidInputException(new Problem("command line", 0, "--results", $"{report} does not exist; give the file elections tally --report wrote"));
                }

                report.CopyTo(Path.Combine(target.FullName, Results), overwrite: true);
                resultsHref = Results;
            }

            var election = new CandidacyElection { Config = config, Roll = snapshot.Roll, Candidates = snapshot.Candidates, ConflictGroups = [] };
            var page = Path.Combine(target.FullName, Page);
            await File.WriteAllTextAsync(page, Render(election, clock.GetUtcNow(), resultsHref, ResultsFiles.ElectedIn(folder)), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"wrote {page}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The dashboard of the election's files at <paramref name="now"/>, with the <paramref name="elected"/> of results/results.json once counted.</summary>
    public static string Render(CandidacyElection election, DateTimeOffset now, string resultsHref, IReadOnlyList<(string Login, string Name, int TermYears)> elected) => DashboardPage.Render(new DashboardModel
    {
        Config = election.Config,
        Roll = election.Roll,
        Nominees = CandidatesStatus.FromFiles(election),
        Now = now,
        RepositoryUrl = $"https://github.com/{election.Config.Organization}/{election.Config.Repository}",
        ResultsHref = resultsHref,
        Elected = elected,
    });
}
