using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands;

/// <summary>
/// <c>elections voters generate --gharchive</c> and <c>voters explain</c> end to end over generated hour files:
/// the ids equal an independent full-parse computation of the rule; gaps, truncated and corrupt hours and bad
/// lines exit 2 with nothing written unless <c>--allow-gaps</c>.
/// </summary>
public sealed class VotersGenerateCommandTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly SampleRepository _repo = new();
    private readonly DirectoryInfo _archive = Directory.CreateTempSubdirectory("elections-gharchive-");

    public VotersGenerateCommandTests()
    {
        _repo.Replace("config/election.yml", "contributions_from: 2022-08-01", "contributions_from: 2024-01-01T00:30:00Z");
        _repo.Replace("config/election.yml", "contributions_until: 2026-08-01", "contributions_until: 2024-01-01T05:30:00Z");
    }

    private string Out => _repo.PathOf("generated.json");

    public void Dispose()
    {
        _repo.Dispose();
        _archive.Delete(recursive: true);
    }

    [Fact]
    public async Task Generate_GeneratedArchive_IdsEqualAnIndependentComputation()
    {
        var lines = WriteHours(6, seed: 7);

        var (exit, output, error) = await CliRun.RunAsync("voters", "generate", "--repo", _repo.Folder.FullName, "--gharchive", _archive.FullName, "--out", Out);

        Assert.True(exit == 0, error);
        var expected = Reference(lines, Start.AddMinutes(30), Start.AddHours(5.5), "examplecoop", 25, 1, [9100001, 9100002]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, RollIds(Out));
        Assert.Contains("added", output, StringComparison.Ordinal);
        var snapshot = File.ReadAllText(_repo.PathOf("generated.contributions.jsonl"));
        Assert.StartsWith(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(snapshot))), File.ReadAllText(_repo.PathOf("generated.contributions.jsonl.sha256")), StringComparison.Ordinal);

        var again = await CliRun.RunAsync("voters", "generate", "--repo", _repo.Folder.FullName, "--gharchive", _archive.FullName, "--out", Out);
        Assert.Equal(0, again.Exit);
        Assert.Equal(snapshot, File.ReadAllText(_repo.PathOf("generated.contributions.jsonl")));
        Assert.Contains("0 added, 0 removed, 0 changed", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_MissingTruncatedCorruptAndBadLine_Exit2NothingWritten_AllowGapsListsThem()
    {
        WriteHours(6, seed: 3);
        File.Delete(Path.Combine(_archive.FullName, "2024-01-01-2.json.gz"));
        var truncated = Path.Combine(_archive.FullName, "2024-01-01-3.json.gz");
        var bytes = File.ReadAllBytes(truncated);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        var corrupt = Path.Combine(_archive.FullName, "2024-01-01-4.json.gz");
        bytes = File.ReadAllBytes(corrupt);
        bytes[bytes.Length / 2] ^= 0xFF;
        bytes[(bytes.Length / 2) + 1] ^= 0xFF;
        File.WriteAllBytes(corrupt, bytes);
        WriteGzip("2024-01-01-5.json.gz", "{\"type\":\"PushEvent\"}\n{\"type\":\"PullRequestEvent\",\"payload\":{\"action\":\"closed\"\n");

        var (exit, _, error) = await CliRun.RunAsync("voters", "generate", "--repo", _repo.Folder.FullName, "--gharchive", _archive.FullName, "--out", Out);

        Assert.Equal(2, exit);
        Assert.False(File.Exists(Out));
        Assert.Contains("2024-01-01-2.json.gz: missing hour", error, StringComparison.Ordinal);
        Assert.Contains("2024-01-01-3.json.gz: is truncated", error, StringComparison.Ordinal);
        Assert.Contains("2024-01-01-4.json.gz: corrupt gzip data", error, StringComparison.Ordinal);
        Assert.Contains("2024-01-01-5.json.gz:2: bad event line", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);

        var allowed = await CliRun.RunAsync("voters", "generate", "--repo", _repo.Folder.FullName, "--gharchive", _archive.FullName, "--out", Out, "--allow-gaps");
        Assert.Equal(0, allowed.Exit);
        var gaps = File.ReadAllLines(_repo.PathOf("generated.contributions.jsonl")).Where(l => l.StartsWith("{\"kind\":\"gap\"", StringComparison.Ordinal)).ToList();
        foreach (var where in new[] { "2024-01-01-2.json.gz\"", "2024-01-01-3.json.gz\"", "2024-01-01-4.json.gz\"", "2024-01-01-5.json.gz:2\"" })
        {
            Assert.Contains(gaps, g => g.Contains(where, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Generate_NulBytesSeparateEvents_AndDuplicatesCountOnce()
    {
        var merged = Event("ExampleCoop/x", 77, author: (501, "ann", "User"), merger: (502, "max", "User"), commits: 30, mergedAt: Start.AddHours(1));
        WriteGzip("2024-01-01-1.json.gz", merged + "\0\0" + merged + "\n" + Event("examplecoop/x", 78, (503, "bo", "User"), (504, "dependabot[bot]", "Bot"), 24, Start.AddHours(1)) + "\n");

        var (exit, _, error) = await CliRun.RunAsync("voters", "generate", "--repo", _repo.Folder.FullName, "--gharchive", _archive.FullName, "--out", Out);

        Assert.True(exit == 0, error);
        Assert.Equal([501, 502], RollIds(Out));
        var explained = await CliRun.RunAsync("voters", "explain", "ANN", "--repo", _repo.Folder.FullName, "--snapshot", _repo.PathOf("generated.contributions.jsonl"));
        Assert.Equal(0, explained.Exit);
        Assert.Contains("@ann (501): eligible: 30 commit(s) in 1 merged pull request(s)", explained.Out, StringComparison.Ordinal);
        Assert.Contains("ExampleCoop/x#77", explained.Out, StringComparison.Ordinal);
        var bot = await CliRun.RunAsync("voters", "explain", "504", "--repo", _repo.Folder.FullName, "--snapshot", _repo.PathOf("generated.contributions.jsonl"));
        Assert.Contains("never eligible: a bot account", bot.Out, StringComparison.Ordinal);
        var short24 = await CliRun.RunAsync("voters", "explain", "bo", "--repo", _repo.Folder.FullName, "--snapshot", _repo.PathOf("generated.contributions.jsonl"));
        Assert.Contains("not eligible: 24 commit(s)", short24.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_AlteredSnapshot_Exit2()
    {
        WriteGzip("2024-01-01-1.json.gz", Event("examplecoop/x", 1, (501, "ann", "User"), (502, "max", "User"), 30, Start.AddHours(1)) + "\n");
        Assert.Equal(0, (await CliRun.RunAsync("voters", "generate", "--repo", _repo.Folder.FullName, "--gharchive", _archive.FullName, "--out", Out)).Exit);
        File.AppendAllText(_repo.PathOf("generated.contributions.jsonl"), "\n");

        var (exit, _, error) = await CliRun.RunAsync("voters", "explain", "ann", "--repo", _repo.Folder.FullName, "--snapshot", _repo.PathOf("generated.contributions.jsonl"));

        Assert.Equal(2, exit);
        Assert.Contains("SHA-256 does not match", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_BothSources_Exit2()
    {
        var (exit, _, error) = await CliRun.RunAsync("voters", "generate", "--repo", _repo.Folder.FullName, "--gharchive", _archive.FullName, "--github");

        Assert.Equal(2, exit);
        Assert.Contains("choose one source", error, StringComparison.Ordinal);
    }

    private static long[] RollIds(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!["voters"]!.AsArray().Select(v => v!["id"]!.GetValue<long>()).ToArray();

    /// <summary>The rule computed the simple way: every line fully parsed, nothing shared with the product code.</summary>
    private static long[] Reference(IEnumerable<string> lines, DateTimeOffset from, DateTimeOffset until, string org, int minCommits, int minMerges, long[] excluded)
    {
        var prs = new Dictionary<long, JsonElement>();
        foreach (var line in lines)
        {
            var e = JsonDocument.Parse(line).RootElement;
            if (e.GetProperty("type").GetString() != "PullRequestEvent")
            {
                continue;
            }

            var p = e.GetProperty("payload");
            var pr = p.GetProperty("pull_request");
            if (p.GetProperty("action").GetString() != "closed" || !pr.GetProperty("merged").GetBoolean()
                || !string.Equals(e.GetProperty("repo").GetProperty("name").GetString()!.Split('/')[0], org, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var at = pr.GetProperty("merged_at").GetDateTimeOffset();
            if (at >= from && at < until)
            {
                prs[pr.GetProperty("id").GetInt64()] = pr;
            }
        }

        var commits = new Dictionary<long, long>();
        var merges = new Dictionary<long, long>();
        var bots = new HashSet<long>();
        foreach (var pr in prs.Values)
        {
            foreach (var (role, credit) in new[] { ("user", commits), ("merged_by", merges) })
            {
                var who = pr.GetProperty(role);
                var id = who.GetProperty("id").GetInt64();
                if (who.GetProperty("type").GetString() == "Bot" || who.GetProperty("login").GetString()!.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase))
                {
                    bots.Add(id);
                }

                credit[id] = credit.GetValueOrDefault(id) + (role == "user" ? pr.GetProperty("commits").GetInt64() : 1);
            }
        }

        return commits.Keys.Union(merges.Keys)
            .Where(id => !bots.Contains(id) && !excluded.Contains(id) && (commits.GetValueOrDefault(id) >= minCommits || merges.GetValueOrDefault(id) >= minMerges))
            .Order()
            .ToArray();
    }

    private static string Event(string repo, long number, (long Id, string Login, string Type) author, (long Id, string Login, string Type) merger, int commits, DateTimeOffset mergedAt, string action = "closed", bool merged = true)
    {
        static JsonObject User((long Id, string Login, string Type) u) => new() { ["login"] = u.Login, ["id"] = u.Id, ["type"] = u.Type, ["site_admin"] = false };
        var stamp = mergedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return new JsonObject
        {
            ["id"] = $"{number}00",
            ["type"] = "PullRequestEvent",
            ["actor"] = User(merger),
            ["repo"] = new JsonObject { ["id"] = 4242, ["name"] = repo },
            ["payload"] = new JsonObject
            {
                ["action"] = action,
                ["number"] = number,
                ["pull_request"] = new JsonObject
                {
                    ["id"] = 9_000_000 + number,
                    ["number"] = number,
                    ["user"] = User(author),
                    ["body"] = "text with \"PullRequestEvent\" inside",
                    ["merged_at"] = merged ? stamp : null,
                    ["merged"] = merged,
                    ["merged_by"] = merged ? User(merger) : null,
                    ["commits"] = commits,
                },
            },
            ["public"] = true,
            ["created_at"] = stamp,
        }.ToJsonString();
    }

    private List<string> WriteHours(int hours, int seed)
    {
        var random = new Random(seed);
        var all = new List<string>();
        string[] owners = ["examplecoop", "ExampleCoop", "other", "examplecoop-labs"];
        (long, string, string)[] people = [.. Enumerable.Range(0, 60).Select(i => ((long)1000 + i, $"person{i}", "User")), (9100001, "release-bot[bot]", "Bot"), (700, "helper[bot]", "User")];
        var number = 0;
        for (var h = 0; h < hours; h++)
        {
            var lines = new List<string>();
            for (var i = 0; i < 400; i++)
            {
                var at = Start.AddHours(h).AddSeconds(random.Next(3600));
                if (random.Next(4) == 0)
                {
                    number++;
                    var line = Event($"{owners[random.Next(owners.Length)]}/r{random.Next(3)}", number, people[random.Next(people.Length)], people[random.Next(12)], random.Next(1, 15), at, random.Next(5) == 0 ? "opened" : "closed", random.Next(4) != 0);
                    lines.Add(line);
                    if (random.Next(10) == 0)
                    {
                        lines.Add(line);
                    }
                }
                else
                {
                    lines.Add($"{{\"id\":\"{h}{i}\",\"type\":\"PushEvent\",\"repo\":{{\"id\":1,\"name\":\"examplecoop/r1\"}},\"payload\":{{\"size\":1,\"commits\":[{{\"message\":\"mentions PullRequest\"}}]}},\"created_at\":\"2024-01-01T00:00:00Z\"}}");
                }
            }

            WriteGzip($"2024-01-01-{h}.json.gz", string.Join('\n', lines) + "\n");
            all.AddRange(lines);
        }

        return all;
    }

    private void WriteGzip(string name, string text)
    {
        using var file = File.Create(Path.Combine(_archive.FullName, name));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }
}
