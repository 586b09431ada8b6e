using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Elections.App.Voters;
using Elections.Core.Configuration;
using Elections.Core.Voters.Generation;
using ContributionActor = Elections.Core.Voters.Generation.ContributionActor;
using MergedPullRequest = Elections.Core.Voters.Generation.MergedPullRequest;

namespace Elections.Sandbox.Tests.Client;

/// <summary>
/// The <c>profile</c> and <c>commits</c> e-mail sources of <c>voters generate</c> over HTTP against the Sandbox: the public
/// profile e-mail (GET /users/{login}) and the author e-mails of the person's commits in their merged pull requests
/// (GET /repos/{o}/{r}/pulls/{n}/commits), asked only for the sources in the order.
/// </summary>
public sealed class EmailSourcesTests
{
    private static readonly DateTimeOffset Merged = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ProfileAndCommits_ReadForThePeopleAsked_MostUsedCommitAddressFirst()
    {
        await using var world = await SandboxWorld.StartAsync();
        var state = world.Server.State;
        var shown = state.AddUser("shown", email: "shown@example.org");
        var hidden = state.AddUser("hidden");
        var numbers = await SeedAsync(world, ("hidden", "old@example.org"), ("hidden", "work@example.org"), ("hidden", "work@example.org"), ("shown", null));
        var pulls = numbers.Select((number, i) => new MergedPullRequest
        {
            Key = $"repo:nixos/election#{number}",
            Repository = "nixos/election",
            Number = number,
            MergedAt = Merged.AddHours(i),
            Commits = 2,
            Author = new ContributionActor(i < 3 ? hidden.Id : shown.Id, i < 3 ? "hidden" : "shown", false),
        }).ToArray();
        Contributor[] people = [Person(shown.Id, "shown", pulls[3..]), Person(hidden.Id, "hidden", pulls[..3])];
        var sources = new EmailSources { Order = ["roll", GitHubEmailSources.Profile, GitHubEmailSources.Commits] };

        var found = await GitHubEmailSources.ReadAsync(world.GitHub, sources, people, CancellationToken.None);

        Assert.Equal(["shown@example.org"], found[GitHubEmailSources.Profile][shown.Id]);
        Assert.False(found[GitHubEmailSources.Profile].ContainsKey(hidden.Id));
        Assert.Equal(["work@example.org", "old@example.org"], found[GitHubEmailSources.Commits][hidden.Id]);
        Assert.Equal([$"{shown.Id}+shown@users.noreply.github.com"], found[GitHubEmailSources.Commits][shown.Id]);
        var picked = EmailResolution.Pick(found[GitHubEmailSources.Commits][shown.Id].Select(a => new EmailCandidate(GitHubEmailSources.Commits, a)), new HashSet<string>(), new HashSet<string>());
        Assert.Null(picked); // GitHub's noreply address is never used.
    }

    [Fact]
    public async Task OnlyTheSourcesInTheOrder_AreAsked()
    {
        await using var world = await SandboxWorld.StartAsync();
        var shown = world.Server.State.AddUser("shown", email: "shown@example.org");
        var calls = world.Server.Requests.Count;

        var found = await GitHubEmailSources.ReadAsync(
            world.GitHub, new EmailSources { Order = ["roll", GitHubEmailSources.Profile] }, [Person(shown.Id, "shown", [])], CancellationToken.None);

        Assert.Equal([GitHubEmailSources.Profile], found.Keys);
        Assert.Equal(["/users/shown"], world.Server.Requests.Skip(calls).Select(r => r.Path));
    }

    private static Contributor Person(long id, string login, MergedPullRequest[] authored) =>
        new() { Id = id, Login = login, Commits = 2 * authored.Length, Merges = 0, Authored = authored, Merged = [], Eligible = true };

    private static async Task<List<int>> SeedAsync(SandboxWorld world, params (string Author, string? CommitEmail)[] pulls)
    {
        using var admin = new HttpClient { BaseAddress = world.Server.BaseUrl };
        var items = new JsonArray();
        foreach (var (author, email) in pulls)
        {
            var item = new JsonObject { ["author"] = author, ["merged_by"] = "alice", ["commits"] = 2, ["merged_at"] = Merged.ToString("O", CultureInfo.InvariantCulture) };
            if (email is not null)
            {
                item["commit_email"] = email;
            }

            items.Add(item);
        }

        var response = await admin.PostAsJsonAsync($"/_sandbox/repos/{SandboxWorld.Org}/election/merged-pulls", new JsonObject { ["pulls"] = items });
        response.EnsureSuccessStatusCode();
        return [.. (await response.Content.ReadFromJsonAsync<JsonObject>())!["numbers"]!.AsArray().Select(n => n!.GetValue<int>())];
    }
}
