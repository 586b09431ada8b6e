using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Elections.App.Ports.GitHub;
using Elections.Sandbox.Faults;

namespace Elections.Sandbox.Tests.Client;

/// <summary>
/// The <c>voters generate --github</c> harvest against the Sandbox over HTTP: merged pull requests seeded in bulk
/// through the admin API, read through GraphQL search slices over many pages, through 429 and 403 rate limits,
/// and resumed from the slice cache without calling GitHub again.
/// </summary>
public sealed class ContributionHarvestTests : IDisposable
{
    private static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _cache = Directory.CreateTempSubdirectory("elections-harvest-cache-");

    public void Dispose() => _cache.Delete(recursive: true);

    /// <summary>Merged pull requests of the NixOS organization in the <paramref name="days"/> from <see cref="From"/>, cached in the test's folder.</summary>
    private ContributionQuery Query(int days) => new()
    {
        Organizations = ["NixOS"],
        From = From,
        To = From.AddDays(days),
        MergedInWindowOnly = true,
        CacheDirectory = _cache.FullName,
    };

    [Fact]
    public async Task MergedInWindow_AllPagesThroughRateLimits_ThenResumesFromCache()
    {
        await using var world = await SandboxWorld.StartAsync();
        world.Server.State.AddRepository(SandboxWorld.Org, "tools", new Dictionary<string, string> { ["README.md"] = "tools\n" });
        using var admin = new HttpClient { BaseAddress = world.Server.BaseUrl };
        var expected = new HashSet<(string, int)>();
        foreach (var repo in new[] { "election", "tools" })
        {
            var pulls = new JsonArray();
            for (var i = 0; i < 1300; i++)
            {
                // Every 7th was opened before the window but merged inside it: it counts (merge time decides).
                var merged = From.AddHours(i * 6);
                pulls.Add(new JsonObject
                {
                    ["author"] = $"author{i % 90}",
                    ["merged_by"] = i % 11 == 0 ? "renovate[bot]" : $"merger{i % 5}",
                    ["commits"] = 1 + (i % 4),
                    ["created_at"] = (i % 7 == 0 ? From.AddDays(-30) : merged.AddHours(-1)).ToString("O", CultureInfo.InvariantCulture),
                    ["merged_at"] = merged.ToString("O", CultureInfo.InvariantCulture),
                });
            }

            var response = await admin.PostAsJsonAsync($"/_sandbox/repos/{SandboxWorld.Org}/{repo}/merged-pulls", new JsonObject { ["pulls"] = pulls });
            response.EnsureSuccessStatusCode();
            var numbers = (await response.Content.ReadFromJsonAsync<JsonObject>())!["numbers"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
            for (var i = 0; i < numbers.Count; i++)
            {
                if (i * 6 < 300 * 24)
                {
                    expected.Add(($"{SandboxWorld.Org}/{repo}", numbers[i]));
                }
            }
        }

        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/graphql", Status = 429, RetryAfterSeconds = 0 });
        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/graphql", Status = 403, RateLimitResetSeconds = 0 });
        var query = Query(days: 300);

        var found = await world.GitHub.Search.ListMergedPullRequestsAsync(query);

        Assert.Equal(2, world.Server.Faults.Injected);
        Assert.Equal(expected.Order(), found.Select(p => (p.Repository.FullName, p.Number)).Order());
        Assert.Contains(found, p => p.MergedBy.IsBot && p.MergedBy.Login == "renovate[bot]");
        var calls = world.Server.Requests.Count(r => r.Path == "/graphql");
        Assert.True(calls > expected.Count / 100, $"{calls} GraphQL calls for {expected.Count} pull requests: pages were skipped");

        var again = await world.GitHub.Search.ListMergedPullRequestsAsync(query);

        Assert.Equal(calls, world.Server.Requests.Count(r => r.Path == "/graphql"));
        Assert.Equal(found, again);
    }

    [Fact]
    public async Task GraphQlFailing_RestFallbackReadsEveryRepositoryPageByPage_ThenResumesFromCache()
    {
        await using var world = await SandboxWorld.StartAsync();
        world.Server.State.AddRepository(SandboxWorld.Org, "tools", new Dictionary<string, string> { ["README.md"] = "tools\n" });
        world.Server.State.AddOrganization("elsewhere");
        world.Server.State.AddRepository("elsewhere", "other", new Dictionary<string, string> { ["README.md"] = "other\n" });
        using var admin = new HttpClient { BaseAddress = world.Server.BaseUrl };
        var expected = new Dictionary<(string, int), (string Author, string MergedBy, int Commits)>();
        foreach (var (owner, repo) in new[] { (SandboxWorld.Org, "election"), (SandboxWorld.Org, "tools"), ("elsewhere", "other") })
        {
            var pulls = new JsonArray();
            var seeded = new List<(DateTimeOffset Merged, string Author, string MergedBy, int Commits)>();
            for (var i = 0; i < 260; i++)
            {
                // From 40 days before the window: the first 40 × 4 merged before it, and are read only until a page ends there.
                var merged = From.AddDays(-40).AddHours(i * 6);
                seeded.Add((merged, $"author{i % 30}", i % 9 == 0 ? "renovate[bot]" : $"merger{i % 4}", 1 + (i % 5)));
                pulls.Add(new JsonObject
                {
                    ["author"] = seeded[^1].Author,
                    ["merged_by"] = seeded[^1].MergedBy,
                    ["commits"] = seeded[^1].Commits,
                    ["created_at"] = merged.AddHours(-3).ToString("O", CultureInfo.InvariantCulture),
                    ["merged_at"] = merged.ToString("O", CultureInfo.InvariantCulture),
                });
            }

            var response = await admin.PostAsJsonAsync($"/_sandbox/repos/{owner}/{repo}/merged-pulls", new JsonObject { ["pulls"] = pulls });
            response.EnsureSuccessStatusCode();
            var numbers = (await response.Content.ReadFromJsonAsync<JsonObject>())!["numbers"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
            for (var i = 0; i < numbers.Count; i++)
            {
                if (owner == SandboxWorld.Org && seeded[i].Merged >= From && seeded[i].Merged < From.AddDays(50))
                {
                    expected[($"{owner}/{repo}", numbers[i])] = (seeded[i].Author, seeded[i].MergedBy, seeded[i].Commits);
                }
            }
        }

        world.Server.Faults.Add(new SandboxFault { Method = "POST", Path = "/graphql", Status = 502, Count = -1 });
        world.Server.Faults.Add(new SandboxFault { Method = "GET", Path = "/repos/nixos/tools/pulls", Status = 429, RetryAfterSeconds = 0 });
        var query = Query(days: 50);

        var found = await world.GitHub.Search.ListMergedPullRequestsAsync(query);

        Assert.Equal(expected.Keys.Order(), found.Select(p => (p.Repository.FullName, p.Number)).Order());
        Assert.All(found, p => Assert.Equal(expected[(p.Repository.FullName, p.Number)], (p.Author.Login, p.MergedBy.Login, p.Commits)));
        Assert.Contains(found, p => p.MergedBy.IsBot && p.MergedBy.Id > 0);
        Assert.DoesNotContain(world.Server.Requests, r => r.Path.StartsWith("/repos/elsewhere/", StringComparison.Ordinal));
        var listPages = world.Server.Requests.Count(r => r.Path == "/repos/nixos/election/pulls");
        Assert.True(listPages < 3, $"{listPages} pages of closed pull requests read for 100 updated in the window and 160 before it: the read did not stop at the window");
        Assert.True(world.Server.Faults.Injected > 1);
        var calls = world.Server.Requests.Count;

        var again = await world.GitHub.Search.ListMergedPullRequestsAsync(query);

        Assert.Equal(found, again);
        Assert.DoesNotContain(world.Server.Requests.Skip(calls), r => r.Path.StartsWith("/repos/", StringComparison.Ordinal));
    }
}
