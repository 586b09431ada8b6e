using System.Diagnostics;
using Elections.Tests.Support;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

/// <summary>
/// The outside candidacy scenario written with <c>@octokit/rest</c> (tests/scenarios/candidacy.mjs, issue 10 "Done when"):
/// it seeds the Sandbox through its admin API (election files only on the emulated GitHub; the host has no
/// election folder), acts as the people with person tokens, and asserts the bot's check run, labels, late reply
/// and <c>elections candidates status --github --json</c>.
/// </summary>
public sealed class JsCandidacyScenarioTests : IAsyncLifetime
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private SandboxWithHost _world = null!;

    public async Task InitializeAsync() => _world = await SandboxWithHost.StartAsync(_ => { });

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [NodeFact]
    public async Task CandidacyScenario_WithOctokit_PassesAgainstTheSandboxAndTheHost()
    {
        var folder = Path.Combine(SampleElection.RepositoryRoot, "tests", "scenarios");
        Assert.True(
            Directory.Exists(Path.Combine(folder, "node_modules", "@octokit", "rest")),
            "tests/scenarios has no node_modules: run `npm ci --prefix tests/scenarios` (scripts/test.sh does).");
        var start = new ProcessStartInfo(NodeFactAttribute.Node!, ["candidacy.mjs"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SANDBOX_URL"] = _world.Sandbox.BaseUrl.AbsoluteUri;
        start.Environment["ELECTIONS_CLI"] = Path.Combine(AppContext.BaseDirectory, "elections.dll");
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await node.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
        }

        var deliveries = _world.Sandbox.Webhooks.Deliveries.Select(d => $"{d.Event} {d.Status}");
        var report = $"exit {node.ExitCode}\n--- stdout\n{await output}\n--- stderr\n{await error}\n--- webhooks sent\n"
            + $"{string.Join("\n", deliveries)}\n--- host log (last 40 lines)\n{string.Join("\n", _world.Host.Logs.Lines.TakeLast(40))}";
        Assert.False(limit.IsCancellationRequested, $"candidacy.mjs did not finish within {Limit.TotalMinutes} minutes\n{report}");
        Assert.True(node.ExitCode == 0, report);
        Assert.Contains("candidacy scenario: all assertions hold", await output, StringComparison.Ordinal);
    }
}
