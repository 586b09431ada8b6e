using Elections.App;
using Elections.App.Effects;
using Elections.App.ElectionFiles;
using Elections.App.Plans;
using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;
using Elections.Tests.Support;
using Elections.Infrastructure.ElectionFiles;
using Microsoft.Extensions.Logging;

namespace Elections.Sandbox.Tests.ElectionFiles;

/// <summary>The gate over the GitHub adapter and the Sandbox: one installation, three repositories.</summary>
public sealed class ElectionGateTests : IAsyncLifetime
{
    private readonly EventLog _log = new();
    private SandboxWorld _world = null!;
    private ElectionGate _gate = null!;

    public async Task InitializeAsync()
    {
        _world = await SandboxWorld.StartAsync();
        ElectionRepositories.Seed(_world.Server);
        _gate = new ElectionGate(new GitHubElectionFiles(_world.Factory, new ElectionFilesCache()), _log);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private static DeliveryContext Delivery(RepositoryRef repository) => new()
    {
        DeliveryId = "d-1",
        EventName = "pull_request",
        Action = "opened",
        Repository = repository.FullName,
        InstallationId = 1,
    };

    [Fact]
    public async Task OpenAsync_ValidElection_ReadyKeyedByRepository()
    {
        var result = await _gate.OpenAsync(Delivery(ElectionRepositories.Valid), issueNumber: 3);

        Assert.Equal(ElectionGateStatus.Ready, result.Status);
        Assert.Equal("nixos/sc-election-2026", result.Key);
        Assert.True(result.TryGetSnapshot(out var snapshot));
        Assert.True(snapshot.TryGetConfig(out _));
        Assert.Empty(result.Problems);
        Assert.True(result.Reply.IsSkip);
    }

    [Fact]
    public async Task OpenAsync_RepositoryWithoutConfig_IgnoredWithALogLine()
    {
        var result = await _gate.OpenAsync(Delivery(ElectionRepositories.NoConfig), issueNumber: 3);

        Assert.Equal(ElectionGateStatus.NotAnElection, result.Status);
        Assert.False(result.TryGetSnapshot(out _));
        Assert.Empty(result.Reply.Effects);
        var line = Assert.Single(_log.Lines);
        Assert.Contains("nixos/website", line, StringComparison.Ordinal);
        Assert.Contains(ElectionLayout.ConfigPath, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_BrokenConfig_RepliesOnThePullRequestWithTheValidateLines()
    {
        var result = await _gate.OpenAsync(Delivery(ElectionRepositories.Broken), issueNumber: 7);

        Assert.Equal(ElectionGateStatus.Broken, result.Status);
        Assert.False(result.TryGetSnapshot(out _));
        var problem = Assert.Single(result.Problems);
        var comment = Assert.IsType<CommentEffect>(Assert.Single(result.Reply.Effects));
        Assert.Equal(("nixos/sc-election-broken", 7), (comment.Repository, comment.IssueNumber));
        Assert.Equal($"election-broken:nixos/sc-election-broken:{result.Revision}:7", comment.IdempotencyKey);
        Assert.Contains(problem.ToString(), comment.Body, StringComparison.Ordinal);
        Assert.Contains("candidates/ (", comment.Body, StringComparison.Ordinal);
        Assert.Contains(": 1 problem\n", comment.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_BrokenConfigReplyApplied_CommentOnThePullRequest()
    {
        var number = _world.Server.State.OpenIssue(ElectionRepositories.Broken.Owner, ElectionRepositories.Broken.Name, "bob", "Nominate bob");
        var delivery = Delivery(ElectionRepositories.Broken);
        var result = await _gate.OpenAsync(delivery, number);

        await new CommentApplier(_world.Factory).ApplyAsync(Assert.Single(result.Reply.Effects), delivery, CancellationToken.None);

        var comments = await _world.GitHub.Issues.ListCommentsAsync(ElectionRepositories.Broken, number);
        Assert.Contains("seats", Assert.Single(comments).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_BrokenConfigOnAPush_BrokenWithoutReply()
    {
        var result = await _gate.OpenAsync(Delivery(ElectionRepositories.Broken) with { EventName = "push", Action = null }, issueNumber: 0);

        Assert.Equal(ElectionGateStatus.Broken, result.Status);
        Assert.True(result.Reply.IsSkip);
        Assert.Single(result.Problems);
    }

    [Fact]
    public async Task OpenAsync_ConfigFixedOnDefaultBranch_ReadyAtTheNewCommit()
    {
        var broken = await _gate.OpenAsync(Delivery(ElectionRepositories.Broken), issueNumber: 7);
        _world.Server.State.Push(
            ElectionRepositories.Broken.Owner, ElectionRepositories.Broken.Name, "main", "alice", "Fix seats",
            new Dictionary<string, string?> { [ElectionLayout.ConfigPath] = SampleElection.Files[ElectionLayout.ConfigPath] });

        var fixedElection = await _gate.OpenAsync(Delivery(ElectionRepositories.Broken), issueNumber: 7);

        Assert.Equal(ElectionGateStatus.Broken, broken.Status);
        Assert.Equal(ElectionGateStatus.Ready, fixedElection.Status);
        Assert.NotEqual(broken.Revision, fixedElection.Revision);
    }

    /// <summary>The gate's log lines, rendered.</summary>
    private sealed class EventLog : ILogger<ElectionGate>
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines => _lines;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Add(formatter(state, exception));
    }
}
