using System.Text.Json;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;
using Xunit.Abstractions;

namespace Elections.Core.Tests.Tally.Conformance;

/// <summary>
/// Reproduces the official results of the Condorcet-family reference elections
/// (../shared/reference-elections/expected.json: NixOS SC 2024, Debian DPL, Kubernetes steering).
/// When the corpus is absent the cases are reported as not run.
/// </summary>
public sealed class CondorcetConformanceTests(ITestOutputHelper output)
{
    private static readonly string[] Methods = ["civs-proportional", "debian", "schulze"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var root = CorpusRoot();
        if (root is null)
        {
            data.Add("(corpus absent)");
            return data;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected.json")));
        foreach (var item in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (Methods.Contains(item.GetProperty("method").GetString()))
            {
                data.Add(item.GetProperty("id").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Count_ReferenceElection_ReproducesPublishedResult(string id)
    {
        var root = CorpusRoot();
        if (root is null)
        {
            output.WriteLine("reference-elections not found beside the repository; conformance cases not run");
            return;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected.json")));
        var item = document.RootElement.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
        var extra = item.TryGetProperty("extra", out var e) ? e : default;
        using var stream = File.OpenRead(Path.Combine(root, item.GetProperty("file").GetString()!));
        var file = BallotReader.Read(stream, id);
        var unranked = extra.ValueKind == JsonValueKind.Object && extra.TryGetProperty("unranked", out var u)
            ? (u.GetString() == "incomparable" ? UnrankedPolicy.Incomparable : UnrankedPolicy.Last)
            : file.DefaultUnranked;
        var options = new TallyOptions { Seats = item.GetProperty("seats").GetInt32(), Unranked = unranked };
        var groups = new List<ConflictGroup>();
        if (extra.ValueKind == JsonValueKind.Object && extra.TryGetProperty("conflicts", out var conflicts))
        {
            groups.AddRange(ConflictsFile.Parse(conflicts.GetRawText(), id));
        }

        Assert.True(TallyMethods.TryGet(item.GetProperty("method").GetString()!, out var method));
        var result = ConflictResolver.Resolve(method, file.Ballots, options, groups).Result;

        var expected = Names(item.GetProperty("winners"));
        Assert.Equal(expected.Count, result.Winners.Count);
        Assert.All(expected, name => Assert.Contains(result.Winners, w => Matches(name, w)));
        if (extra.ValueKind == JsonValueKind.Object && extra.TryGetProperty("published_order", out var order))
        {
            var published = Names(order);
            var excluded = extra.TryGetProperty("excluded_by_employer_cap", out var x) ? Names(x) : [];
            var plain = method.Count(file.Ballots, options with { Seats = published.Count });
            Assert.Equal(published.Count, plain.Ranking.Count);
            for (var i = 0; i < published.Count; i++)
            {
                Assert.True(Matches(published[i], plain.Ranking[i]), $"place {i + 1}: expected {published[i]}, got {plain.Ranking[i]}");
            }

            Assert.Equal(published.Where(p => !excluded.Contains(p)).Take(expected.Count), result.Winners, Matches);
        }

        if (extra.ValueKind == JsonValueKind.Object && extra.TryGetProperty("two_year_terms", out var terms))
        {
            var (longTerms, _) = TermAssignment.Assign(result, terms.GetArrayLength());
            Assert.All(Names(terms), name => Assert.Contains(longTerms, w => Matches(name, w)));
        }

        output.WriteLine($"{id}: {string.Join(", ", result.Winners)}");
    }

    private static List<string> Names(JsonElement array) => array.EnumerateArray().Select(n => n.GetString()!).ToList();

    /// <summary>expected.json: every word of the published name appears in the candidate's name, ignoring case.</summary>
    private static bool Matches(string published, string candidate)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return published.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w => words.Any(c => string.Equals(c, w, StringComparison.OrdinalIgnoreCase)));
    }

    private static string? CorpusRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Elections.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference-elections"));
                return File.Exists(Path.Combine(corpus, "expected.json")) ? corpus : null;
            }
        }

        return null;
    }
}
