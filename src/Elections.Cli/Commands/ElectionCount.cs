using Elections.App.Presentation.Tally;
using Elections.App.Voting;
using Elections.Cli.Progress;
using Elections.Cli.Settings;
using Elections.Core.Ballots.Formats;
using Elections.Core.Snapshots;
using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;
using Elections.Core.Tally.Settings;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary>
/// The one count path of <c>elections tally</c> and <c>elections results</c>: the election's rules from its folder,
/// the settings resolved (flags over config over the file's header), the method run with its conflict caps, and the
/// view every report renders. Overrides and notes go to standard error.
/// </summary>
internal static class ElectionCount
{
    /// <summary>The flag that gives each counting setting, so overrides and notes name what the user typed.</summary>
    private static readonly Dictionary<string, string> FlagNames = new(StringComparer.Ordinal)
    {
        [SettingKeys.Method] = "--method",
        [SettingKeys.Seats] = "--seats",
        [SettingKeys.Quota] = "--quota",
        [SettingKeys.Unranked] = "--unranked",
        [SettingKeys.LongTerms] = "--long-terms",
        [SettingKeys.Conflicts] = "--conflicts",
    };

    /// <summary>A finished count: the plan it followed, the options the method got, and what the reports show.</summary>
    public sealed record Counted(CountPlan Plan, TallyOptions Options, TallyView View);

    /// <summary>Resolves and runs the count of <paramref name="request"/>; <paramref name="adjust"/> adds flag-only options (withdrawn, Schulze strength, Debian rules).</summary>
    public static async Task<Counted> RunAsync(CommandContext context, CountRequest request, Func<TallyOptions, TallyOptions> adjust, bool quiet)
    {
        request = request with { RequestNames = FlagNames };
        var sources = Sources(request);
        CountPlan plan;
        ConflictOutcome outcome;
        TallyOptions options;
        try
        {
            if (request.Method is null && request.Election is null)
            {
                throw new InvalidInputException(Problem.Setting(SettingKeys.Method, $"give the counting method with {FlagNames[SettingKeys.Method]}, or the election folder with --election"));
            }

            plan = ElectionTally.Plan(request);
            options = adjust(plan.Options);
            var show = TerminalProgress.Shows(context.Out, quiet, new FileInfo(request.BallotPath).Length);
            outcome = TerminalProgress.Run(show, $"counting ({plan.Method.Name})", null, _ => ElectionTally.Run(plan, request.Ballots.Ballots, options));
        }
        catch (InvalidInputException exception)
        {
            throw sources.Locate(exception);
        }

        foreach (var line in plan.Overrides.Select(o => $"override: {o}").Concat(plan.Notes.Select(n => $"note: {n}")))
        {
            await context.Error.WriteLineAsync(line).ConfigureAwait(false);
        }

        var view = new TallyView(outcome, plan.Groups, plan.LongTerms, request.Ballots.Ballots.Title)
        {
            Settings = plan.Settings,
            TermGroups = plan.TermGroups,
        };
        return new Counted(plan, options, view);
    }

    /// <summary>The election's count rules from <c>DIR/config/election.yml</c> and <c>DIR/candidates/</c>; the configuration must be valid.</summary>
    public static ElectionCountRules? LoadElection(DirectoryInfo? folder)
    {
        if (folder is null)
        {
            return null;
        }

        var snapshot = ElectionFolder.Load(folder.FullName);
        var configPath = Path.Combine(folder.ToString(), ElectionLayout.ConfigPath);
        if (!snapshot.TryGetConfig(out var config))
        {
            throw new InvalidInputException(snapshot.Problems
                .Where(p => p.File == ElectionLayout.ConfigPath)
                .Select(p => p with { File = configPath })
                .DefaultIfEmpty(new Problem(configPath, 0, "", "the election configuration cannot be read; run elections validate --repo on the folder"))
                .ToArray());
        }

        return new ElectionCountRules { Config = config, Candidates = snapshot.Candidates, ConfigPath = configPath };
    }

    /// <summary>Where each counting setting came from: a flag, the election's configuration, the ballot file's header, the conflicts file.</summary>
    private static SettingSources Sources(CountRequest request)
    {
        var sources = new SettingSources()
            .Flag(SettingKeys.Withdrawn, "--withdraw")
            .Flag(SettingKeys.DefaultOption, "--default-option");
        var election = request.Election;
        if (request.Method is null && election is not null)
        {
            sources.File(SettingKeys.Method, election.ConfigPath, election.LineOf("counting.method"), "counting.method");
        }
        else
        {
            sources.Flag(SettingKeys.Method, FlagNames[SettingKeys.Method]);
        }

        if (request.Seats is null && election is not null)
        {
            sources.File(SettingKeys.Seats, election.ConfigPath, election.LineOf("seats"), "seats");
        }
        else if (request.Seats is null)
        {
            sources.File(SettingKeys.Seats, request.BallotPath, 1, "seats");
        }
        else
        {
            sources.Flag(SettingKeys.Seats, FlagNames[SettingKeys.Seats]);
        }

        if (request.Conflicts is { } conflicts)
        {
            for (var i = 0; i < conflicts.Groups.Count; i++)
            {
                sources.File(SettingKeys.ConflictGroup(conflicts.Groups[i].Name), conflicts.Path, conflicts.Groups[i].Line, $"groups[{i}]");
            }
        }

        return sources;
    }
}
