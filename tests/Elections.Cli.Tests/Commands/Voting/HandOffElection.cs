using System.Text;
using System.Text.Json;
using Elections.App.Candidacy;
using Elections.Cli.Tests.Support;
using Elections.Core.Candidacy;
using Elections.Core.Candidates;
using Elections.Core.Configuration;

namespace Elections.Cli.Tests.Commands.Voting;

/// <summary>
/// The sample election at the hand-off: a copy of the repository's election with the lock-in record
/// <c>elections candidates finalise</c> would publish for its nine candidate files, and the instants around voting.
/// </summary>
internal sealed class HandOffElection : IDisposable
{
    /// <summary>Before the roll freeze (2026-10-05 12:00 UTC).</summary>
    public static readonly FixedClock BeforeFreeze = new(new DateTimeOffset(2026, 10, 3, 9, 0, 0, TimeSpan.Zero));

    /// <summary>While voting is open.</summary>
    public static readonly FixedClock DuringVoting = new(new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.Zero));

    /// <summary>After voting closes (2026-10-26 12:00 UTC).</summary>
    public static readonly FixedClock AfterVoting = new(new DateTimeOffset(2026, 10, 27, 9, 0, 0, TimeSpan.Zero));

    public HandOffElection()
    {
        Sample = new SampleRepository();
        Locked = [.. Directory.EnumerateFiles(Sample.PathOf("candidates"), "*.md").Order(StringComparer.Ordinal).Select(path =>
        {
            var relative = "candidates/" + Path.GetFileName(path);
            var bytes = File.ReadAllBytes(path);
            var form = CandidateFileParser.Parse(relative, Encoding.UTF8.GetString(bytes)).Candidate.Form;
            return new LockInCandidate(Path.GetFileNameWithoutExtension(path), 0, form.Name, relative, LockIn.FileDigest(bytes));
        })];
        Directory.CreateDirectory(Sample.PathOf("voting"));
        var config = ElectionConfigParser.Parse(Sample.Read("config/election.yml"), "config/election.yml").GetValidConfig();
        Sample.Write(LockInFile.Path, LockInFile.Render(config, Locked, []));
    }

    public SampleRepository Sample { get; }

    public IReadOnlyList<LockInCandidate> Locked { get; }

    public string Dir => Sample.Folder.FullName;

    /// <summary>The names the ballots show, in the locked order.</summary>
    public IReadOnlyList<string> BallotNames => [.. Locked.Select(c => c.Name.Length > 0 ? c.Name : c.Login)];

    /// <summary>The elected of <c>results/results.json</c> in their final order: login and term in years.</summary>
    public IReadOnlyList<(string Login, int TermYears)> Elected()
    {
        using var results = JsonDocument.Parse(Sample.Read("results/results.json"));
        return [.. results.RootElement.GetProperty("elected").EnumerateArray().Select(e => (e.GetProperty("login").GetString()!, e.GetProperty("term_years").GetInt32()))];
    }

    /// <summary>
    /// A BLT file as OpaVote exports it: <paramref name="ballots"/> ballots over the locked candidates, the first ranking
    /// candidates 1, 2, 3 in turn, then each next ballot rotating the order, so the count has a definite result.
    /// </summary>
    public string Blt(int ballots, string? title = null, IReadOnlyList<string>? names = null)
    {
        names ??= BallotNames;
        var text = new StringBuilder($"{names.Count} 7\n");
        for (var i = 0; i < ballots; i++)
        {
            var first = i % 5;
            text.Append("1 ").Append(string.Join(' ', Enumerable.Range(0, 4).Select(k => ((first + k) % names.Count) + 1))).Append(" 0\n");
        }

        text.Append("0\n");
        foreach (var name in names)
        {
            text.Append('"').Append(name).Append("\"\n");
        }

        return text.Append('"').Append(title ?? "Example Co-op Steering Committee Election 2026").Append("\"\n").ToString();
    }

    public void Dispose() => Sample.Dispose();
}
