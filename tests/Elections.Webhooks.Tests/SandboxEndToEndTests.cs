using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.Infrastructure.Tests.Store;
using Elections.Sandbox;
using Elections.Sandbox.Faults;
using Elections.Tests.Support;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

/// <summary>
/// The whole loop over HTTP: the Sandbox (emulated GitHub) sends signed webhooks to the real host,
/// which authenticates as the App (JWT, installation token) and acts on the Sandbox.
/// </summary>
public sealed class SandboxEndToEndTests : IAsyncLifetime
{
    private const long AppId = 4242;
    private const long InstallationId = 42;
    private readonly string _key = CreateKey();
    private TestDatabase _database = null!;
    private SandboxServer _sandbox = null!;
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        _sandbox = await SandboxServer.StartAsync(new SandboxServerOptions
        {
            AppId = AppId,
            AppSlug = "elections",
            InstallationId = InstallationId,
            AppKeyPem = _key,
            StrictTokens = true,
        });
        _host = await RunningHost.StartAsync(
            _database.Setting,
            gitHub: null,
            RunningHost.NoNonVoterNotice, // alice, who comments here, is on none of these rolls
            $"--{ElectionsVariables.PrivateKey}={_key}",
            $"--{ElectionsVariables.GitHubApiUrl}={_sandbox.BaseUrl}",
            $"--{ElectionsVariables.RetryDelayMs}=50");
        _sandbox.Webhooks.Configure(_host.WebhookUrl, RunningHost.Secret);
        _sandbox.State.AddUser("alice");
        _sandbox.State.AddOrganization("acme");
        _sandbox.State.AddRepository("acme", "election");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Comment_WithPing_BotRepliesOnceInSandbox()
    {
        var issue = _sandbox.State.OpenIssue("acme", "election", "alice", "Nominations");

        _sandbox.State.Comment("acme", "election", issue, "alice", "!ping");
        await SettleAsync();

        var comments = Comments(issue);
        Assert.Equal(["alice: !ping", "elections[bot]: pong (@alice)"], comments);
        Assert.Contains("<!-- elections:effect=", _sandbox.State.ListComments("acme", "election", issue, null)[1]!["body"]!.GetValue<string>(), StringComparison.Ordinal);
        var ping = _sandbox.Webhooks.Deliveries.First(d => d.Event == "issue_comment");
        Assert.Equal(202, ping.Status);
        var botsOwn = _sandbox.Webhooks.Deliveries.Last(d => d.Event == "issue_comment");
        Assert.StartsWith("ignored: sender elections[bot] is this bot", (await _host.Store.GetDeliveryAsync(botsOwn.Id, CancellationToken.None)).Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redeliver_SameWebhookManyTimes_OneReply()
    {
        var issue = _sandbox.State.OpenIssue("acme", "election", "alice", "Nominations");
        _sandbox.State.Comment("acme", "election", issue, "alice", "!ping");
        await SettleAsync();
        var original = _sandbox.Webhooks.Deliveries.First(d => d.Event == "issue_comment");

        for (var i = 0; i < 20; i++)
        {
            Assert.True(_sandbox.Webhooks.Redeliver(original.Id));
        }

        await SettleAsync();

        Assert.Single(Comments(issue), c => c.StartsWith("elections[bot]", StringComparison.Ordinal));
        Assert.All(_sandbox.Webhooks.Deliveries.Where(d => d.Redelivery), d => Assert.Equal(200, d.Status));
    }

    [Fact]
    public async Task Comment_GitHubFailsThenLosesAnswer_ReplyPostedExactlyOnce()
    {
        var issue = _sandbox.State.OpenIssue("acme", "election", "alice", "Nominations");
        _sandbox.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/acme/election/issues/*/comments", Status = 502, Count = 1 });
        _sandbox.Faults.Add(new SandboxFault { Method = "POST", Path = "/repos/acme/election/issues/*/comments", Status = 502, Count = 1, AfterProcessing = true });

        _sandbox.State.Comment("acme", "election", issue, "alice", "please !ping");
        await SettleAsync();

        Assert.Equal(["alice: please !ping", "elections[bot]: pong (@alice)"], Comments(issue));
        Assert.Equal(2, _sandbox.Faults.Injected);
    }

    [Fact]
    public async Task Comment_StatusInTwoElectionsOfOneInstallation_EachRepliesWithItsOwnElection()
    {
        Seed("sc-2026", config => config);
        Seed("tsc-2027", config => config.Replace("Steering Committee Election 2026", "Technical Committee Election 2027", StringComparison.Ordinal));
        Seed("sc-broken", config => config.Replace("seats: 7", "seats: 0", StringComparison.Ordinal));
        _sandbox.State.AddRepository("acme", "website", new Dictionary<string, string> { ["index.md"] = "# Hello\n" });
        var issues = new[] { "sc-2026", "tsc-2027", "sc-broken", "website" }.ToDictionary(repo => repo, repo => _sandbox.State.OpenIssue("acme", repo, "alice", "Questions"));

        foreach (var (repo, issue) in issues)
        {
            _sandbox.State.Comment("acme", repo, issue, "alice", "!status");
        }

        await SettleAsync();

        Assert.Contains("Example Co-op Steering Committee Election 2026", BotReply("sc-2026", issues["sc-2026"]), StringComparison.Ordinal);
        Assert.Contains("Example Co-op Technical Committee Election 2027", BotReply("tsc-2027", issues["tsc-2027"]), StringComparison.Ordinal);
        var broken = BotReply("sc-broken", issues["sc-broken"]);
        Assert.Contains("config/election.yml:", broken, StringComparison.Ordinal);
        Assert.DoesNotContain("the election as it stands", broken, StringComparison.Ordinal);
        Assert.Equal(["alice: !status"], Comments(issues["website"], "website"));
    }

    private void Seed(string repository, Func<string, string> editConfig) =>
        _sandbox.State.AddRepository("acme", repository, SampleElection.WithConfig(editConfig));

    private string BotReply(string repository, int issue) =>
        Assert.Single(Comments(issue, repository), c => c.StartsWith("elections[bot]: ", StringComparison.Ordinal));

    private async Task SettleAsync()
    {
        for (var round = 0; round < 3; round++)
        {
            await _sandbox.Webhooks.WaitForIdleAsync();
            await _host.WaitProcessedAsync(_sandbox.Webhooks.Deliveries.Where(d => d.Status == 202).Select(d => d.Id));
        }

        var counts = await _host.Store.CountAsync(CancellationToken.None);
        Assert.Equal(0, counts.Queued);
    }

    /// <summary>Each comment as "login: text", without the hidden effect marker the bot appends.</summary>
    private List<string> Comments(int issue, string repository = "election") =>
        [.. _sandbox.State.ListComments("acme", repository, issue, null).Select(c => $"{c!["user"]!["login"]}: {Visible(c["body"]!.GetValue<string>())}")];

    private static string Visible(string body) => body.Split("\n\n<!-- elections:effect=", 2)[0];

    private static string CreateKey()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportRSAPrivateKeyPem();
    }
}
