using Elections.App.Presentation.Tally;
using Elections.App.Presentation.Tally.Report;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary>
/// Writes <c>tally --report OUT.html</c>: the count, each setting with where it came from, and the
/// provenance (tool version, the exact command, SHA-256 of each input file, the date).
/// </summary>
internal static class TallyReportFile
{
    /// <summary>What the tally command knows about its inputs, for the settings table.</summary>
    public sealed record Inputs(string BallotPath, BallotFile Ballots, TallyOptions Options, bool UnrankedGiven, string? ConflictsPath, IReadOnlyList<ConflictGroup> Groups, int? LongTerms);

    public static async Task WriteAsync(CommandContext context, string path, TallyView view, Inputs inputs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var files = new List<InputDigest> { new(inputs.BallotPath, await FileDigest.Sha256Async(inputs.BallotPath, cancellationToken).ConfigureAwait(false)) };
        if (inputs.ConflictsPath is { } conflicts)
        {
            files.Add(new InputDigest(conflicts, await FileDigest.Sha256Async(conflicts, cancellationToken).ConfigureAwait(false)));
        }

        var provenance = new ReportProvenance(
            ToolIdentity.Version,
            ToolIdentity.CommandLine(context.Parse.Tokens.Select(t => t.Value)),
            files,
            clock.GetUtcNow());
        var report = new TallyReport(view, Settings(view.Result, inputs), provenance, inputs.Options.Strength == DefeatStrength.Margins);
        await File.WriteAllTextAsync(path, TallyHtmlReport.Render(report), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One row per setting in force, with the flag or file it came from.</summary>
    private static List<ReportSetting> Settings(TallyResult result, Inputs inputs)
    {
        var options = inputs.Options;
        var file = inputs.BallotPath;
        var header = inputs.Ballots.Ballots.DeclaredSeats;
        var rows = new List<ReportSetting>
        {
            new("method", result.Method, "--method"),
            new("seats", $"{result.Seats}", options.Seats is not null ? "--seats" : header is not null ? $"header of {file}" : "default (1)"),
            new("unranked candidates", options.Unranked == UnrankedPolicy.Incomparable ? "incomparable (no opinion)" : "last (tied below every ranked one)",
                inputs.UnrankedGiven ? "--unranked" : $"default of the {BallotFormatNames.NameOf(inputs.Ballots.Format)} format"),
        };
        if (result.Rounds.Any(r => r.Threshold is not null))
        {
            rows.Add(new("quota", options.Quota == QuotaKind.Default ? "the method's default" : options.Quota.ToString().ToLowerInvariant(),
                options.Quota == QuotaKind.Default ? "default" : "--quota"));
        }

        if (result.Method == "schulze")
        {
            rows.Add(new("link strength", options.Strength == DefeatStrength.Margins ? "margins" : "winning votes", options.Strength == DefeatStrength.Default ? "default" : "--strength"));
        }

        var fileWithdrawn = inputs.Ballots.Ballots.Withdrawn.Select(i => inputs.Ballots.Ballots.Candidates[i]).ToList();
        if (fileWithdrawn.Count > 0)
        {
            rows.Add(new("withdrawn", string.Join(", ", fileWithdrawn), $"withdrawn line of {file}"));
        }

        if (options.Withdrawn.Count > 0)
        {
            rows.Add(new("withdrawn", string.Join(", ", options.Withdrawn), "--withdraw"));
        }

        foreach (var group in inputs.Groups)
        {
            rows.Add(new($"conflict group {group.Name}", $"at most {group.Max} of {string.Join(", ", group.Members)}", $"{inputs.ConflictsPath}:{group.Line}"));
        }

        if (inputs.LongTerms is { } longTerms)
        {
            rows.Add(new("long terms", $"first {longTerms} winners", "--long-terms"));
        }

        return rows;
    }
}
