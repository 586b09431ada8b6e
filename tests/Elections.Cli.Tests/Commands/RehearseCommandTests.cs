using Elections.App.Effects;
using System.CommandLine;
using Elections.App;
using Elections.App.Handlers;
using Elections.App.Plans;
using Elections.Cli.Commands;
using Elections.Cli.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Octokit.Webhooks;

namespace Elections.Cli.Tests.Commands;

/// <summary>
/// <c>elections rehearse</c> (issue 14): the sample election passes every step of rehearsals/default.yml and the report
/// shows each phase; a nomination handler broken on purpose (it ignores comments) makes the rehearsal fail at the
/// acceptance step; a scenario naming an unknown person or action, and a configuration without a nomination window, are
/// bad input (exit 2, file:line: field: message).
/// </summary>
public sealed class RehearseCommandTests : IDisposable
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("elections-rehearse-test-");

    public void Dispose() => _out.Delete(recursive: true);

    [Fact]
    public async Task Rehearse_SampleElection_PassesEveryStepAndReportsEachPhase()
    {
        var (exit, output, error) = await CliRun.RunAsync("rehearse", "--repo", SampleRepository.Root(), "--out", _out.FullName, "--voters", "20", "--seed", "7");

        Assert.True(exit == 0, output + error);
        Assert.Contains("Rehearsal passed: 15 steps", output, StringComparison.Ordinal);
        var report = await File.ReadAllTextAsync(Path.Combine(_out.FullName, "report.html"));
        foreach (var phase in new[] { "Kickoff - roll notice by mail", "Acceptances", "Endorsements - a retraction", "A late endorsement", "Finalisation", "Questions and answers", "Voting hand-off", "Count and result", "Results - privately to the candidates first", "Results - public after the embargo" })
        {
            Assert.Contains(phase, report, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("FAILED", report, StringComparison.Ordinal);
        Assert.Contains("62 message(s) of roll-notice reached the mail server", report, StringComparison.Ordinal);
        Assert.Contains("enough endorsements", report, StringComparison.Ordinal);
        Assert.Contains("7 elected", report, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"result.html\"", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_out.FullName, "result.html")));
        Assert.Contains("8 message(s) of result reached the mail server", report, StringComparison.Ordinal);
        Assert.Contains("refused, as expected", report, StringComparison.Ordinal);
        Assert.Contains("The write-back pull request #1 in examplecoop/governance proposes steering-committee/members.yml", report, StringComparison.Ordinal);
        Assert.Contains("no longer lists kenji-sato, niamh-obrien, pablo-ruiz (term ended)", report, StringComparison.Ordinal);
        Assert.Contains("result sent privately to 8 candidate(s)", report, StringComparison.Ordinal);
        Assert.StartsWith("8 7\n", await File.ReadAllTextAsync(Path.Combine(_out.FullName, "ballots.blt")), StringComparison.Ordinal);
        var served = await File.ReadAllTextAsync(Path.Combine(_out.FullName, "dashboard-served.html"));
        Assert.Contains("Current phase: <strong id=\"phase\">voting has closed; counting</strong>", served, StringComparison.Ordinal);
        Assert.Contains("<h3>@grace-mwangi</h3><p class=\"confirmed\">", served, StringComparison.Ordinal);
        Assert.Contains("<p>Elected, in the order of the count:</p><ol id=\"elected\">", served, StringComparison.Ordinal); // read from the merged results pull request
        Assert.Contains("<a href=\"sc-election-2026/results\">read the results report</a>", served, StringComparison.Ordinal);
        Assert.Contains("#15 check run results is success", report, StringComparison.Ordinal);
        Assert.Contains("The result is public: the announcement", report, StringComparison.Ordinal);
        Assert.Contains("read the results report", await File.ReadAllTextAsync(Path.Combine(_out.FullName, "dashboard.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rehearse_NominationHandlerThatNeverLabels_FailsAtTheFirstNominationStep()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { RehearseCommand.Create(output, error, NominationsWithoutLabels) };

        var exit = await root.Parse(["rehearse", "--repo", SampleRepository.Root(), "--out", _out.FullName]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(1, exit);
        Assert.StartsWith("rehearsal failed at step \"Nominations - self-nominations and a nomination of someone else\" (rehearsals/default.yml:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("labels are [nomination, nominee-accepted], found []", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("ok   2026-09-14 13:00 UTC  Kickoff - roll notice by mail", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("failed at step \"Nominations - self-nominations", await File.ReadAllTextAsync(Path.Combine(_out.FullName, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rehearse_ScenarioWithUnknownPersonActionAndPoint_ExitsTwoNamingFileLineAndField()
    {
        var scenario = Path.Combine(_out.FullName, "mine.yml");
        await File.WriteAllTextAsync(scenario, """
            name: broken
            steps:
              - name: one
                at: kickoff
                do:
                  - nominate: {by: nobody-here, nominee: amara-okafor}
                  - dance: {by: amara-okafor}
              - name: two
                at: christmas
              - name: three
                at: voting_closes
                do:
                  - publish: {stage: everyone}
                expect:
                  - mail: {template: result, messages: all-of-them}
                  - result: {elected: 3}
            """.Replace("\r\n", "\n", StringComparison.Ordinal));

        var (exit, _, error) = await CliRun.RunAsync("rehearse", "--repo", SampleRepository.Root(), "--scenario", scenario, "--out", _out.FullName);

        Assert.Equal(2, exit);
        Assert.Contains($"{scenario}:6: steps[0].do[0].nominate.by: 'nobody-here' is not on the voter roll, not an official and not listed under people:", error, StringComparison.Ordinal);
        Assert.Contains($"{scenario}:7: steps[0].do[1]: 'dance' is unknown; use one of nominate, accept", error, StringComparison.Ordinal);
        Assert.Contains($"{scenario}:8: steps[1].at: 'christmas' is not a timeline point; use one of kickoff, nominations_close", error, StringComparison.Ordinal);
        Assert.Contains($"{scenario}:13: steps[2].do[0].publish.stage: 'everyone' is not a value of stage; write candidates or public", error, StringComparison.Ordinal);
        Assert.Contains($"{scenario}:15: steps[2].expect[0].mail.messages: 'all-of-them' is not a value of messages; write a whole number or every-voter or every-candidate", error, StringComparison.Ordinal);
        Assert.DoesNotContain("result.elected", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Rehearse_ConfigurationWithoutNominationWindow_ExitsTwoNamingTheDate()
    {
        using var sample = new SampleRepository();
        sample.Replace("config/election.yml", "kickoff: 2026-09-14 ", "kickoff: 2026-09-28T12:00:00Z ");

        var (exit, _, error) = await CliRun.RunAsync("rehearse", "--repo", sample.Folder.FullName, "--out", _out.FullName);

        Assert.Equal(2, exit);
        Assert.Contains("nominations_close", error, StringComparison.Ordinal);
        Assert.Contains("config/election.yml:", error.Replace('\\', '/'), StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    /// <summary>
    /// Replaces the nomination handler with one whose label changes are lost. (Ignoring comments alone is not a
    /// break the rehearsal sees: the handler recomputes a nomination from all its comments at the next event.)
    /// </summary>
    private static void NominationsWithoutLabels(IServiceCollection services)
    {
        services.Remove(services.Single(d => d.ImplementationType == typeof(NominationHandler)));
        services.AddSingleton<IWebhookHandler>(provider => new DropsLabels(ActivatorUtilities.CreateInstance<NominationHandler>(provider)));
    }

    private sealed class DropsLabels(IWebhookHandler inner) : IWebhookHandler
    {
        public string Feature => inner.Feature;

        public IReadOnlyList<Route> Routes => inner.Routes;

        public bool RequiresElection => inner.RequiresElection;

        public bool Applies(WebhookEvent payload) => inner.Applies(payload);

        public async ValueTask<Plan> PlanAsync(WebhookEvent payload, DeliveryContext context, CancellationToken cancellationToken)
        {
            var plan = await inner.PlanAsync(payload, context, cancellationToken);
            return plan with { Effects = [.. plan.Effects.Where(effect => effect is not LabelsEffect)] };
        }
    }
}
