using System.Text.Json;
using System.Text.RegularExpressions;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands.Voting;

/// <summary>
/// <c>elections results</c> replays real past elections: each case's rules are written as a <c>config/election.yml</c>
/// (and its conflict groups as candidate files) in a temporary folder, and the winners and the two-year terms must be the
/// published ones. The corpus is read in place, never copied, from <c>ELECTIONS_REFERENCE_ELECTIONS</c>, which only
/// <c>scripts/conformance.sh</c> sets; in the test run a small election with a known result stands in.
/// </summary>
public sealed partial class ResultsReplayTests
{
    private static readonly string Corpus = Environment.GetEnvironmentVariable("ELECTIONS_REFERENCE_ELECTIONS") ?? "";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var expected = Path.Combine(Corpus, "expected.json");
        if (Corpus.Length == 0 || !File.Exists(expected))
        {
            data.Add("built-in");
            return data;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(expected));
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(item.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Results_RealElection_PublishedWinnersAndTerms(string id)
    {
        var replay = id == "built-in" ? BuiltIn() : FromCorpus(id);
        using var sample = new SampleRepository();
        var config = sample.Read("config/election.yml")
            .Replace("seats: 7", $"seats: {replay.Seats}", StringComparison.Ordinal)
            .Replace("method: meek", $"method: {replay.Method}", StringComparison.Ordinal)
            .Replace("quota: default", $"quota: {replay.Quota}", StringComparison.Ordinal)
            .Replace("unranked: default", $"unranked: {replay.Unranked}", StringComparison.Ordinal);
        config = TermsBlock().Replace(config, replay.TwoYear.Count == 0 ? "" : $"terms:\n  - seats: {replay.TwoYear.Count}\n    years: 2\n  - seats: {replay.Seats - replay.TwoYear.Count}\n    years: 1\n");
        sample.Write("config/election.yml", config);
        foreach (var candidate in Directory.EnumerateFiles(sample.PathOf("candidates")))
        {
            File.Delete(candidate);
        }

        foreach (var (group, member) in replay.Conflicts)
        {
            var login = string.Join('-', member.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            sample.Write($"candidates/{login}.md", $"---\nname: {member}\ngithub: {login}\nemail: {login}@example.org\nconflicts_of_interest:\n  - \"{group}\"\n---\n\nA candidate of the replayed election.\n");
        }

        var (exit, _, error) = await CliRun.RunAtAsync(HandOffElection.AfterVoting, "results", "--repo", sample.Folder.FullName, "--ballots", replay.File);

        Assert.True(exit == 0, $"{id}: {error}");
        using var results = JsonDocument.Parse(sample.Read("results/results.json"));
        var elected = results.RootElement.GetProperty("elected").EnumerateArray()
            .Select(e => (Name: e.GetProperty("name").GetString()!, Years: e.GetProperty("term_years").GetInt32())).ToList();
        Assert.Equal(replay.Winners.Count, elected.Count);
        Assert.All(replay.Winners, w => Assert.Contains(elected, e => Matches(w, e.Name)));
        if (replay.TwoYear.Count > 0)
        {
            Assert.All(elected.Where(e => e.Years == 2), e => Assert.Contains(replay.TwoYear, w => Matches(w, e.Name)));
            Assert.Equal(replay.TwoYear.Count, elected.Count(e => e.Years == 2));
        }
    }

    /// <summary>A published name matches when each of its words is in the candidate's name, any case (expected.json's rule).</summary>
    private static bool Matches(string published, string candidate) =>
        published.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => candidate.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static Replay FromCorpus(string id)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus, "expected.json")));
        var item = document.RootElement.GetProperty("cases").EnumerateArray().First(c => c.GetProperty("id").GetString() == id);
        var extra = item.TryGetProperty("extra", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        string Extra(string name, string fallback) => extra.ValueKind == JsonValueKind.Object && extra.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : fallback;
        var twoYear = extra.ValueKind == JsonValueKind.Object && extra.TryGetProperty("two_year_terms", out var terms)
            ? terms.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [];
        var conflicts = extra.ValueKind == JsonValueKind.Object && extra.TryGetProperty("conflicts", out var declared)
            ? [.. declared.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("members").EnumerateArray().Select(m => (g.GetProperty("name").GetString()!, m.GetString()!)))]
            : new List<(string, string)>();
        return new Replay(
            Path.Combine(Corpus, item.GetProperty("file").GetString()!),
            item.GetProperty("method").GetString()!,
            item.GetProperty("seats").GetInt32(),
            Extra("quota", "default").Replace("droop-", "", StringComparison.Ordinal),
            Extra("unranked", "default"),
            [.. item.GetProperty("winners").EnumerateArray().Select(w => w.GetString()!)],
            twoYear)
        {
            Conflicts = conflicts,
        };
    }

    /// <summary>Three seats by plurality over a file whose counts leave no doubt: Ann 5, Bea 4, Cid 3, Dee 1.</summary>
    private static Replay BuiltIn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"elections-replay-{Guid.NewGuid():N}.blt");
        File.WriteAllText(path, "4 3\n5 1 0\n4 2 0\n3 3 0\n1 4 0\n0\n\"Ann\"\n\"Bea\"\n\"Cid\"\n\"Dee\"\n\"Example Co-op Steering Committee Election 2026\"\n");
        return new Replay(path, "plurality", 3, "default", "default", ["Ann", "Bea", "Cid"], ["Ann"]);
    }

    private sealed record Replay(string File, string Method, int Seats, string Quota, string Unranked, IReadOnlyList<string> Winners, IReadOnlyList<string> TwoYear)
    {
        /// <summary>Conflict groups as (group, member name): written as candidate files declaring the group, as a committee would.</summary>
        public IReadOnlyList<(string Group, string Member)> Conflicts { get; init; } = [];
    }

    [GeneratedRegex(@"terms:\n(  - seats: \d+\n    years: \d+\n)+")]
    private static partial Regex TermsBlock();
}
