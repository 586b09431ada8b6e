using Elections.App.Ports;
using Elections.Cli.Commands;
using Elections.Core.Rehearsal;
using Microsoft.Extensions.DependencyInjection;

namespace Elections.Cli.Rehearsal;

/// <summary>What a rehearsal did: every step, the bot's audit log, the deliveries, the mail and the governance file the write-back proposes.</summary>
internal sealed record RehearsalResult(
    RehearsalScenario Scenario,
    RehearsalWorkspace Workspace,
    IReadOnlyList<StepResult> Steps,
    IReadOnlyList<AuditEntry> Audit,
    IReadOnlyList<(string Event, string Action, string Outcome)> Deliveries,
    IReadOnlyList<SunkMail> Mail,
    RehearsalFacts Facts,
    string ServedDashboard,
    string WriteBack)
{
    /// <summary>The first step that misbehaved, if any.</summary>
    public StepResult? FirstFailure => Steps.FirstOrDefault(s => !s.Passed);
}

/// <summary>
/// Runs a scenario: starts the stage (Sandbox, webhook host, SMTP sink), seeds the emulated organization from the
/// workspace, then for each step moves the clock, carries out the actions, waits for the bot, and checks the
/// expectations. It stops at the first failing step; the stage is disposed whatever happens.
/// </summary>
internal static class RehearsalRunner
{
    public static async Task<RehearsalResult> RunAsync(
        RehearsalScenario scenario,
        RehearsalWorkspace workspace,
        string outFolder,
        int seed,
        Action<IServiceCollection>? hostOverrides,
        Action<StepResult> progress,
        CancellationToken cancellationToken)
    {
        var timeline = workspace.Config.Timeline;
        var clock = new RehearsalClock(timeline.Kickoff.Utc);
        await using var stage = await RehearsalStage.StartAsync(clock, hostOverrides, cancellationToken).ConfigureAwait(false);
        SandboxSeed.Apply(stage.Sandbox.State, workspace.Folder, workspace.Config, workspace.Snapshot.Roll);
        foreach (var person in scenario.People)
        {
            stage.Sandbox.State.AddUser(person);
        }

        var facts = new RehearsalFacts();
        var actions = new RehearsalActions(stage, clock, workspace, facts, outFolder, seed);
        var checks = new RehearsalChecks(stage, workspace, facts);
        var steps = new List<StepResult>();
        foreach (var step in scenario.Steps)
        {
            clock.MoveTo(step.At);
            var at = clock.GetUtcNow();
            var done = new List<string>();
            var error = "";
            var results = new List<CheckResult>();
            try
            {
                foreach (var action in step.Actions)
                {
                    done.Add(await actions.RunAsync(action, cancellationToken).ConfigureAwait(false));
                    await stage.SettleAsync(cancellationToken).ConfigureAwait(false);
                }

                results.AddRange(step.Expectations.SelectMany(checks.Check));
            }
            catch (Exception exception) when (exception is RehearsalStepException or FormatException or TimeoutException or Core.Validation.InvalidInputException or InvalidOperationException or HttpRequestException)
            {
                error = exception is Core.Validation.InvalidInputException invalid ? string.Join("; ", invalid.Problems) : exception.Message;
            }

            var result = new StepResult(step, at, done, results, error);
            steps.Add(result);
            progress(result);
            if (!result.Passed)
            {
                break;
            }
        }

        var audit = await stage.Store.ReadAuditAsync(10_000, cancellationToken).ConfigureAwait(false);
        var deliveries = new List<(string, string, string)>();
        foreach (var delivery in stage.Sandbox.Webhooks.Deliveries)
        {
            var status = await stage.Store.GetDeliveryAsync(delivery.Id, cancellationToken).ConfigureAwait(false);
            deliveries.Add((delivery.Event, delivery.Action, status.Outcome));
        }

        using var http = new HttpClient { BaseAddress = stage.HostUrl };
        using var served = await http.GetAsync(new Uri($"elections/{workspace.Config.Organization}/{workspace.Config.Repository}", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        var dashboard = served.IsSuccessStatusCode ? await served.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false) : "";
        var writeBack = facts.WriteBackPull > 0 ? RehearsalGovernance.ProposedFile(stage.Sandbox.State, workspace.Config) : "";
        return new RehearsalResult(scenario, workspace, steps, audit, deliveries, [.. stage.Mail.Received], facts, dashboard, writeBack);
    }
}
