using System.CommandLine;
using System.Diagnostics;
using Elections.App.Announcements;
using Elections.Cli.Rehearsal;
using Elections.Core.Rehearsal;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Infrastructure.Announcements;
using Elections.Infrastructure.Files;
using Microsoft.Extensions.DependencyInjection;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections rehearse [--repo DIR] [--scenario NAME|FILE] [--voters N] [--seed S] [--out DIR]</c>: the whole election on
/// an emulated GitHub, in this process, checked step by step, with an HTML report (docs/rehearsal.md).
/// </summary>
internal static class RehearseCommand
{
    public const string DefaultOut = ".elections/rehearsal";

    /// <summary>The announcements the report shows, rendered for the website (and the result's, after a count).</summary>
    private static readonly string[] ReportedAnnouncements = ["kickoff", "candidates"];

    public static Command Create(TextWriter output, TextWriter error, Action<IServiceCollection>? hostOverrides = null)
    {
        var repo = GlobalOptions.Repo();
        var scenario = new Option<string>("--scenario")
        {
            Description = "rehearsals/NAME.yml of the election, or a file (default: rehearsals/default.yml, else the built-in default)",
            DefaultValueFactory = _ => "default",
        };
        var voters = new Option<int>("--voters") { Description = "Generated voters added to the roll (they vote too)", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulated ballots", DefaultValueFactory = _ => 1 };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = $"Where to write report.html, result.html and ballots.blt (default: DIR/{DefaultOut})" };
        var command = new Command("rehearse", "Rehearse the whole election on an emulated GitHub with simulated people, check every step, write an HTML report")
        {
            repo, scenario, voters, seed, outDir,
        };
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var started = Stopwatch.GetTimestamp();
            var folder = context.Get(repo).FullName;
            if (context.Get(voters) < 0)
            {
                throw new InvalidInputException(new Problem("command line", 0, "--voters", "give a number of voters to generate, 0 or more"));
            }

            var election = ElectionFolder.Load(folder);
            if (!election.TryGetConfig(out var config))
            {
                throw new InvalidInputException(election.Problems);
            }

            RehearsalReadiness.Check(config, Path.Combine(folder, ElectionLayout.ConfigPath));
            var known = new HashSet<string>(election.Roll.Voters.Select(v => v.Login).Concat(config.Officials.Select(o => o.Login)), StringComparer.OrdinalIgnoreCase);
            var (file, text) = ScenarioSource.Read(folder, context.Get(scenario));
            var parsed = ScenarioParser.Parse(text, file, config.Timeline, known);
            var outFolder = (context.Get(outDir)?.FullName) ?? Path.Combine(folder, DefaultOut);
            Directory.CreateDirectory(outFolder);
            var work = Directory.CreateTempSubdirectory("elections-rehearsal-election-").FullName;
            try
            {
                var workspace = RehearsalWorkspace.Create(folder, work, context.Get(voters));
                await output.WriteLineAsync($"Rehearsing {config.Name}: scenario {parsed.Name} ({file}), {parsed.Steps.Count} steps").ConfigureAwait(false);
                var result = await RehearsalRunner.RunAsync(parsed, workspace, outFolder, context.Get(seed), hostOverrides, step =>
                    output.WriteLine($"{(step.Passed ? "ok  " : "FAIL")} {step.At:yyyy-MM-dd HH:mm} UTC  {step.Step.Name}"), cancellationToken).ConfigureAwait(false);
                var renderer = new ScribanAnnouncementRenderer(workspace.Folder);
                var model = AnnouncementModels.Of(workspace.Config, workspace.Snapshot.Roll, workspace.Snapshot.Candidates);
                IReadOnlyList<RenderedAnnouncement> announcements =
                [
                    .. ReportedAnnouncements.Select(name => renderer.Render(name, AnnouncementChannel.Website, model, null)),
                    .. result.Facts.Winners is { } winners
                        ? [renderer.Render("result", AnnouncementChannel.Website, AnnouncementModels.Of(workspace.Config, workspace.Snapshot.Roll, workspace.Snapshot.Candidates, winners), null)]
                        : Array.Empty<RenderedAnnouncement>(),
                ];
                var dashboard = DashboardCommand.Render(
                    new Core.Candidacy.CandidacyElection { Config = workspace.Config, Roll = workspace.Snapshot.Roll, Candidates = workspace.Snapshot.Candidates, ConflictGroups = [] },
                    result.Steps[^1].At,
                    result.Facts.Winners is null ? "" : "result.html",
                    ResultsFiles.ElectedIn(workspace.Folder));
                await File.WriteAllTextAsync(Path.Combine(outFolder, "dashboard.html"), dashboard, cancellationToken).ConfigureAwait(false);
                await File.WriteAllTextAsync(Path.Combine(outFolder, "dashboard-served.html"), result.ServedDashboard, cancellationToken).ConfigureAwait(false);
                var report = Path.Combine(outFolder, "report.html");
                await File.WriteAllTextAsync(report, RehearsalReport.Render(result, announcements, Stopwatch.GetElapsedTime(started)), cancellationToken).ConfigureAwait(false);
                if (result.FirstFailure is { } failure)
                {
                    var reason = failure.Error.Length > 0 ? failure.Error : string.Join("; ", failure.Checks.Where(c => !c.Passed).Select(c => $"expected {c.Expected}, found {c.Found}"));
                    await error.WriteLineAsync($"rehearsal failed at step \"{failure.Step.Name}\" ({file}:{failure.Step.Line}): {reason}").ConfigureAwait(false);
                    await output.WriteLineAsync($"Report: {report}").ConfigureAwait(false);
                    return ExitCodes.Failure;
                }

                await output.WriteLineAsync($"Rehearsal passed: {result.Steps.Count} steps in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s. Report: {report}").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }));
        return command;
    }
}
