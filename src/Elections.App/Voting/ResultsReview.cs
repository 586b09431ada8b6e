using System.Security.Cryptography;
using System.Text;
using Elections.Core.Ballots.Formats;
using Elections.Core.Snapshots;
using Elections.Core.Tally.Settings;
using Elections.Core.Validation;
using Elections.Core.Voting;

namespace Elections.App.Voting;

/// <summary>
/// What the <c>results</c> check judges (docs/voting.md "Handlers"): the files of a results pull request's head and the
/// election on its base branch. Files are bytes, null when absent.
/// </summary>
public sealed record ResultsReviewInput
{
    /// <summary>The election on the base branch (configuration, roll, candidate files).</summary>
    public required ElectionSnapshot Election { get; init; }

    /// <summary><c>voting/lock-in.json</c> on the base branch.</summary>
    public string? LockIn { get; init; }

    /// <summary>Every nomination file under <c>candidates/</c> on the base branch, path → bytes.</summary>
    public IReadOnlyDictionary<string, byte[]> CandidateFiles { get; init; } = new Dictionary<string, byte[]>();

    /// <summary><c>results/results.json</c> at the head.</summary>
    public string? Results { get; init; }

    /// <summary><c>results/ballots.sha256</c> at the head.</summary>
    public string? Sha256File { get; init; }

    /// <summary>The ballots file results.json names (<c>ballots_file</c>), at the head.</summary>
    public byte[]? Ballots { get; init; }

    /// <summary>When the check runs.</summary>
    public required DateTimeOffset Now { get; init; }
}

/// <summary>One check's outcome: passed, failed with the problem, or not run because an earlier one failed.</summary>
public sealed record ResultsCheckLine(string Name, bool? Passed, string Detail);

/// <summary>Every check's outcome, in order, and the first problem; none when all hold.</summary>
public sealed record ResultsReviewOutcome(IReadOnlyList<ResultsCheckLine> Lines, Problem? FirstProblem);

/// <summary>
/// The <c>results</c> check on a results pull request (issue 13 item 8): the ballots' SHA-256 matches
/// <c>results/ballots.sha256</c> and results.json; the ballots pass the checks of <c>elections voting import</c> against
/// the lock-in record of the base branch; a recount with the election's configuration elects the same people in the
/// same order as results.json's <c>elected</c>; <c>timeline.voting_closes</c> has passed. Pure: files in, outcome out.
/// </summary>
public static class ResultsReview
{
    /// <summary>Names of the checks, in the order they run.</summary>
    public const string Files = "files", Sha256 = "sha256", Import = "import checks", Recount = "recount", VotingClosed = "voting closed";

    private const string Rerun = "run `elections results` again and commit results/ as it writes it";

    public static ResultsReviewOutcome Review(ResultsReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.Election.TryGetConfig(out var config))
        {
            var problem = input.Election.Problems.Count > 0 ? input.Election.Problems[0] : new Problem(ElectionLayout.ConfigPath, 0, "", "the election configuration cannot be read; run elections validate");
            return new ResultsReviewOutcome([new ResultsCheckLine(Files, false, problem.ToString())], problem);
        }

        var lines = new List<ResultsCheckLine>();
        Problem? first = null;
        void Add(string name, Problem? problem, string passed)
        {
            lines.Add(new ResultsCheckLine(name, problem is null, problem?.ToString() ?? passed));
            first ??= problem;
        }

        var ballotsPath = input.Results is { } text ? ResultsJson.Field(text, "ballots_file") : "";
        Add(Files, FilesProblem(input, ballotsPath), $"{ResultsJson.Path}, {ballotsPath} and {ResultsJson.Sha256Path} are in the pull request");
        if (first is null)
        {
            var digest = Convert.ToHexStringLower(SHA256.HashData(input.Ballots!));
            Add(Sha256, DigestProblem(input, ballotsPath, digest), $"{ballotsPath} hashes to {digest}, as {ResultsJson.Sha256Path} and {ResultsJson.Path} say");
        }

        BallotFile? ballots = null;
        if (first is null)
        {
            Add(Import, Guard(() =>
            {
                var locked = LockInRecord.Verify(input.LockIn, input.CandidateFiles);
                ballots = BallotReader.Read(input.Ballots!, ballotsPath);
                var problems = BallotsCheck.Check(ballots, ballotsPath, locked, RollHashes.VotingAddresses(input.Election.Roll).Count, (config.Name, config.Slug));
                return problems.Count > 0 ? problems[0] : null;
            }), "the ballots match the lock-in record of the base branch (candidates, columns, at most one ballot per voter, this election)");
        }

        if (first is null && ballots is not null)
        {
            var claimed = ResultsJson.Elected(input.Results!).Select(e => e.Name).ToList();
            IReadOnlyList<string> winners = [];
            Add(Recount, Guard(() =>
            {
                var rules = new ElectionCountRules { Config = config, Candidates = input.Election.Candidates, ConfigPath = ElectionLayout.ConfigPath };
                winners = ElectionTally.Count(new CountRequest { Ballots = ballots, BallotPath = ballotsPath, Election = rules }).Result.Winners;
                return winners.SequenceEqual(claimed, StringComparer.Ordinal)
                    ? null
                    : new Problem(ResultsJson.Path, 0, "elected", $"names {Join(claimed)}, but a recount of {ballotsPath} with config/election.yml elects {Join(winners)}; {Rerun}");
            }), $"a recount with config/election.yml elects {Join(winners)}, as results.json says");
        }

        Add(VotingClosed, TimelineGate.NotYet(config, config.Timeline.VotingCloses, "voting_closes", input.Now, "results can be published"), $"timeline.voting_closes ({config.Timeline.VotingCloses.FormatUtc()}) has passed");
        foreach (var name in new[] { Files, Sha256, Import, Recount }.Where(n => lines.All(l => l.Name != n)))
        {
            lines.Insert(lines.FindIndex(l => l.Name == VotingClosed), new ResultsCheckLine(name, null, "not run: an earlier check failed"));
        }

        return new ResultsReviewOutcome(lines, first);
    }

    private static Problem? FilesProblem(ResultsReviewInput input, string ballotsPath)
    {
        if (input.Results is null || ResultsJson.Parse(input.Results) is null)
        {
            return new Problem(ResultsJson.Path, 0, "", input.Results is null ? $"missing from the pull request; {Rerun}" : $"is not a JSON object; {Rerun}");
        }

        if (ballotsPath.Length == 0 || !ballotsPath.StartsWith($"{VotingFiles.ResultsFolder}/", StringComparison.Ordinal))
        {
            return new Problem(ResultsJson.Path, 0, "ballots_file", $"must name the ballots file under {VotingFiles.ResultsFolder}/; {Rerun}");
        }

        return input.Ballots is null ? new Problem(ballotsPath, 0, "", $"missing from the pull request (results.json's ballots_file names it); {Rerun}")
            : input.Sha256File is null ? new Problem(ResultsJson.Sha256Path, 0, "", $"missing from the pull request; {Rerun}")
            : null;
    }

    private static Problem? DigestProblem(ResultsReviewInput input, string ballotsPath, string digest)
    {
        var listed = input.Sha256File!.Split((char[])[' ', '\t', '\n', '\r'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (!string.Equals(listed, digest, StringComparison.OrdinalIgnoreCase))
        {
            return new Problem(ResultsJson.Sha256Path, 1, "sha256", $"says {Show(listed)}, but {ballotsPath} hashes to {digest}: the ballots or their hash were changed by hand; {Rerun}");
        }

        var recorded = ResultsJson.Field(input.Results!, "ballots_sha256");
        return string.Equals(recorded, digest, StringComparison.OrdinalIgnoreCase)
            ? null
            : new Problem(ResultsJson.Path, 0, "ballots_sha256", $"says {Show(recorded)}, but {ballotsPath} hashes to {digest}; {Rerun}");
    }

    private static Problem? Guard(Func<Problem?> check)
    {
        try
        {
            return check();
        }
        catch (InvalidInputException exception)
        {
            return exception.Problems.Count > 0 ? exception.Problems[0] : new Problem("", 0, "", exception.Message);
        }
    }

    private static string Show(string value) => value.Length == 0 ? "nothing" : value;

    private static string Join(IReadOnlyList<string> names) => names.Count == 0 ? "nobody" : string.Join(", ", names);

    /// <summary>The check output's text: one line per check with its outcome.</summary>
    public static string Render(ResultsReviewOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var text = new StringBuilder();
        foreach (var line in outcome.Lines)
        {
            text.Append("- ").Append(line.Passed switch { true => "✅", false => "❌", null => "⏭️" }).Append(" **").Append(line.Name).Append("**: ").Append(line.Detail).Append('\n');
        }

        return text.ToString();
    }
}
