using System.Globalization;
using System.Text;
using Elections.App.Presentation.Tally;
using Elections.App.Voting;
using Elections.Cli.Commands.Voting;
using Elections.Core.Ballots.Formats;
using Elections.Core.Candidacy;
using Elections.Core.Voting;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary>
/// Writes <c>results/</c> for <c>elections results</c> (docs/voting.md "Results"): <c>results.md</c> (winners, terms,
/// the count round by round or the pairwise matrix, every conflict-cap step), <c>results.json</c> (the tally JSON with
/// the election, the ballots file and hash, and the elected with login and term), <c>report.html</c>, the ballots
/// file and <c>ballots.sha256</c>.
/// </summary>
internal static class ResultsFiles
{
    /// <summary>What was written: the JSON's path, the ballots copy and its SHA-256.</summary>
    public sealed record Written(string Json, string Ballots, string Sha256);

    /// <summary>One elected person as the results name them.</summary>
    private sealed record Elected(int Place, string Name, string Login, int TermYears);

    public static async Task<Written> WriteAsync(
        CommandContext context, VotingElection election, IReadOnlyList<LockInCandidate> locked, ElectionCount.Counted counted, BallotFile ballots, string ballotsPath, TimeProvider clock, CancellationToken ct)
    {
        var folder = election.PathOf(VotingFiles.ResultsFolder);
        Directory.CreateDirectory(folder);
        var sha256 = await FileDigest.Sha256Async(ballotsPath, ct).ConfigureAwait(false);
        var copy = Path.Combine(folder, "ballots" + (Path.GetExtension(ballotsPath) is { Length: > 0 } ext ? ext.ToLowerInvariant() : ".blt"));
        if (!string.Equals(Path.GetFullPath(copy), Path.GetFullPath(ballotsPath), StringComparison.Ordinal))
        {
            File.Copy(ballotsPath, copy, overwrite: true);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "ballots.sha256"), $"{sha256}  {Path.GetFileName(copy)}\n", ct).ConfigureAwait(false);
        var elected = ElectedOf(counted.View, election, locked);
        var view = counted.View;
        var jsonPath = Path.Combine(folder, "results.json");
        await using (var writer = new StreamWriter(jsonPath, append: false, new UTF8Encoding(false)))
        {
            TallyJson.Write(view, writer, json =>
            {
                json.WriteString("election", election.Config.Slug);
                json.WriteString("name", election.Config.Name);
                json.WriteString("ballots_file", $"{VotingFiles.ResultsFolder}/{Path.GetFileName(copy)}");
                json.WriteString("ballots_sha256", sha256);
                json.WriteStartArray("elected");
                foreach (var person in elected)
                {
                    json.WriteStartObject();
                    json.WriteNumber("place", person.Place);
                    json.WriteString("name", person.Name);
                    json.WriteString("login", person.Login);
                    json.WriteNumber("term_years", person.TermYears);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "results.md"), Markdown(election, view, elected, copy, sha256), ct).ConfigureAwait(false);
        var inputs = new TallyReportFile.Inputs(ballotsPath, ballots, counted.Options, false, null, counted.Plan.Groups, null);
        await TallyReportFile.WriteAsync(context, Path.Combine(folder, "report.html"), view, inputs, clock, ct).ConfigureAwait(false);
        return new Written(jsonPath, copy, sha256);
    }

    /// <summary>The elected logins from <c>results/results.json</c>, in order; empty when there is no such file or it names no login.</summary>
    public static IReadOnlyList<string> ElectedLogins(string electionFolder) =>
        [.. ElectedIn(electionFolder).Select(e => e.Login).Where(l => l.Length > 0)];

    /// <summary>The elected (login, name, term years) from <c>results/results.json</c>, in order; empty when there is no such file.</summary>
    public static IReadOnlyList<(string Login, string Name, int TermYears)> ElectedIn(string electionFolder)
    {
        var path = Path.Combine(electionFolder, ResultsJson.Path);
        return File.Exists(path) ? ResultsJson.Elected(File.ReadAllText(path)) : [];
    }

    private static List<Elected> ElectedOf(TallyView view, VotingElection election, IReadOnlyList<LockInCandidate> locked)
    {
        var years = view.WinnerTerms.ToDictionary(t => t.Winner, t => t.Years, StringComparer.Ordinal);
        return [.. view.Result.Winners.Select((name, i) => new Elected(i + 1, name, LoginOf(name, election, locked), years.GetValueOrDefault(name)))];
    }

    private static string LoginOf(string name, VotingElection election, IReadOnlyList<LockInCandidate> locked)
    {
        if (BallotsCheck.TryMatch(name, locked, out var candidate))
        {
            return candidate.Login;
        }

        var wanted = name.Trim().TrimStart('@');
        return election.Snapshot.Candidates.FirstOrDefault(c =>
            string.Equals(c.Form.Name, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Login, wanted, StringComparison.OrdinalIgnoreCase))?.Login ?? "";
    }

    private static string Markdown(VotingElection election, TallyView view, IReadOnlyList<Elected> elected, string ballots, string sha256)
    {
        var text = new StringBuilder()
            .Append($"# Results: {election.Config.Name}\n\n")
            .Append($"{view.Summary}. Counted by `elections results` with the rules of `config/election.yml` from [`{Path.GetFileName(ballots)}`]({Path.GetFileName(ballots)}) (sha256 `{sha256}`).\n\n")
            .Append("## Elected\n\n| place | candidate | term |\n|---|---|---|\n");
        foreach (var person in elected)
        {
            var who = person.Login.Length > 0 && !string.Equals(person.Login, person.Name, StringComparison.OrdinalIgnoreCase) ? $"{person.Name} (@{person.Login})" : person.Name;
            var term = person.TermYears > 0 ? string.Create(CultureInfo.InvariantCulture, $"{person.TermYears} year{(person.TermYears == 1 ? "" : "s")}") : "";
            text.Append(CultureInfo.InvariantCulture, $"| {person.Place} | {who} | {term} |\n");
        }

        var conflicts = view.ConflictLines.ToList();
        text.Append("\n## Conflict-of-interest caps\n\n")
            .Append(conflicts.Count == 0 ? "No conflict group exceeded its cap.\n" : string.Concat(conflicts.Select(c => $"- {c}\n")));
        using var count = new StringWriter(CultureInfo.InvariantCulture);
        TallyText.Write(view, count);
        text.Append("\n## The count\n\nThe settings, then the count round by round (or the pairwise matrix):\n\n```text\n")
            .Append(count.ToString().TrimEnd())
            .Append("\n```\n\nRecount it: `elections tally ").Append(Path.GetFileName(ballots)).Append(" --election .` gives the same result; see docs/verification.md.\n");
        return text.ToString();
    }
}
