using Elections.Cli.Tests.Support;
using Elections.Sandbox;
using Elections.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Elections.Cli.Tests.Template;

/// <summary>
/// templates/election-repo rendered into a temporary committee repository (the sample election's
/// files plus the template's .github/), then every <c>run:</c> step of its workflows executed with
/// bash in order, as a runner would, against the tool packed into a local feed. Steps that use an
/// action are checked for a commit-SHA pin instead (checkout and setup-dotnet are what the test
/// machine already provides).
/// </summary>
public sealed class ElectionRepoTemplateTests : IClassFixture<PackedTool>, IAsyncLifetime, IDisposable
{
    private readonly PackedTool _tool;
    private readonly SampleRepository _repo = new();
    private readonly DirectoryInfo _runner = Directory.CreateTempSubdirectory("elections-runner-");
    private SandboxServer _sandbox = null!;

    public ElectionRepoTemplateTests(PackedTool tool)
    {
        _tool = tool;
        CopyFolder(Path.Combine(SampleRepository.Root(), "templates", "election-repo"), _repo.Folder.FullName);

        // The runner's NuGet sees only the local feed (offline test machine; the workflow's own command is unchanged).
        _repo.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n");
    }

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _sandbox.State.AddUser("alice");
        _sandbox.State.AddOrganization("acme");
        _sandbox.State.AddRepository("acme", "election");
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _repo.Dispose();
        _runner.Delete(recursive: true);
    }

    [Fact]
    public void Workflows_EveryAction_PinnedByCommitShaWithLeastPrivilege()
    {
        foreach (var path in Directory.EnumerateFiles(_repo.PathOf(".github/workflows"), "*.yml"))
        {
            var workflow = Load(path);
            var permissions = workflow.Children[new YamlScalarNode("permissions")];
            Assert.True(permissions is YamlMappingNode { Children.Count: 0 } || Scalars(permissions).All(v => v == "read"), $"{path}: permissions beyond read");
            foreach (var job in ((YamlMappingNode)workflow.Children[new YamlScalarNode("jobs")]).Children.Values.Cast<YamlMappingNode>())
            {
                if (job.Children.TryGetValue(new YamlScalarNode("permissions"), out var jobPermissions))
                {
                    // A job may write only where it comments (issues, pull requests); everything else at most read.
                    Assert.All(((YamlMappingNode)jobPermissions).Children, p => Assert.True(
                        ((YamlScalarNode)p.Value).Value == "read" || ((YamlScalarNode)p.Key).Value is "issues" or "pull-requests",
                        $"{path}: {((YamlScalarNode)p.Key).Value}: {((YamlScalarNode)p.Value).Value} is beyond least privilege"));
                }
            }

            foreach (var step in Steps(workflow))
            {
                if (step.Children.TryGetValue(new YamlScalarNode("uses"), out var uses))
                {
                    Assert.Matches("^[a-z0-9-]+/[a-z0-9-]+@[0-9a-f]{40}$", ((YamlScalarNode)uses).Value);
                }

                if (step.Children.TryGetValue(new YamlScalarNode("run"), out var run))
                {
                    Assert.DoesNotContain("dotnet run", ((YamlScalarNode)run).Value, StringComparison.Ordinal);
                    Assert.DoesNotContain("scripts/", ((YamlScalarNode)run).Value, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Validate_RunSteps_InstallTheToolValidateAndWriteStatus()
    {
        var (outputs, summary) = RunWorkflow("validate.yml", new Dictionary<string, string>(StringComparer.Ordinal));

        Assert.Contains("Tool 'elections.cli' (version '" + _tool.Version + "') was successfully installed.", outputs["Install elections"], StringComparison.Ordinal);
        Assert.Contains("(9 nominees): valid", outputs["Validate"], StringComparison.Ordinal);
        Assert.Contains("Example Co-op Steering Committee Election 2026", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenElection_TheValidateStepFails()
    {
        _repo.Replace("config/election.yml", "seats: 7", "seats: 0");

        var failure = Assert.Throws<StepFailedException>(() => RunWorkflow("validate.yml", new Dictionary<string, string>(StringComparer.Ordinal)));

        Assert.Equal(("Validate", 2), (failure.Step, failure.Exit));
        Assert.Contains("config/election.yml:", failure.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_RunSteps_ReceiveAnswersTheCommentThroughTheApi()
    {
        var issue = _sandbox.State.OpenIssue("acme", "election", "alice", "Nominations");
        var payload = Path.Combine(_runner.FullName, "event.json");
        File.WriteAllText(payload, CommentPayloads.Create(77, "!ping", issueNumber: issue));
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GITHUB_EVENT_NAME"] = "issue_comment",
            ["GITHUB_EVENT_PATH"] = payload,
            ["GH_TOKEN"] = "ghs_test_token",
            ["GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
            ["GITHUB_RUN_ID"] = "4321",
            ["ELECTIONS_STORE"] = Path.Combine(_runner.FullName, "store.db"),
        };

        var (outputs, summary) = RunWorkflow("bot.yml", env);

        Assert.Contains("applied: comment on acme/election#" + issue, outputs["Receive the event"], StringComparison.Ordinal);
        Assert.Contains("### elections receive: `issue_comment.created`", summary, StringComparison.Ordinal);
        Assert.Single(_sandbox.State.ListComments("acme", "election", issue, null));
    }

    [Fact]
    public void VotersTeam_RunSteps_SyncTheTeamFromTheRollOnPush()
    {
        var roll = Elections.Core.Voters.VoterRollParser.Parse("voters.json", _repo.Read("voters.json")).Roll;
        var state = _sandbox.State;
        state.AddOrganization("examplecoop");
        foreach (var voter in roll.Voters.Where(voter => voter.Id.HasValue && voter.Login.Length > 0))
        {
            state.AddUser(voter.Login, id: voter.Id);
        }

        state.AddTeam("examplecoop", "voters-2026");
        state.SeedTeamMember("examplecoop", "voters-2026", "alice");
        state.AddRepository("examplecoop", "sc-election-2026", new Dictionary<string, string>
        {
            ["config/election.yml"] = _repo.Read("config/election.yml"),
            ["voters.json"] = _repo.Read("voters.json"),
        });
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GITHUB_EVENT_NAME"] = "push",
            ["GITHUB_REPOSITORY"] = "examplecoop/sc-election-2026",
            ["GH_TOKEN"] = "ghs_test_token",
            ["GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
            ["ELECTIONS_STORE"] = Path.Combine(_runner.FullName, "store.db"),
        };

        var (outputs, summary) = RunWorkflow("voters-team.yml", env);

        Assert.Contains("applied: remove @alice", outputs["Sync the voters team"], StringComparison.Ordinal);
        Assert.Equal(roll.Voters.Count(Elections.Core.Voters.VoterRules.BelongsInTeam), state.ListTeamInvitations("examplecoop", "voters-2026").Count);
        Assert.Empty(state.ListTeamMembers("examplecoop", "voters-2026", "all"));
        Assert.Contains("### elections voters sync-team", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_RunSteps_InstallTheToolAndRemindWithNothingToPost()
    {
        _sandbox.State.AddRepository("acme", "sc-election", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["config/election.yml"] = _repo.Read("config/election.yml"),
            ["voters.json"] = _repo.Read("voters.json"),
        });
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GH_TOKEN"] = "ghs_test_token",
            ["GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
            ["GITHUB_REPOSITORY"] = "acme/sc-election",
            ["ELECTIONS_STORE"] = Path.Combine(_runner.FullName, "store.db"),
        };

        var (outputs, _) = RunWorkflow("remind.yml", env);

        // The tool runs on the real clock: outside nominations it says why; during them the sample has only merged
        // candidate files, so nobody needs reminding. Either way the step succeeds and posts nothing.
        Assert.Matches("^(No reminders: nominations and endorsements are not open|Nothing to remind\\.)", outputs["Remind"]);
        Assert.Empty(_sandbox.State.ListIssues("acme", "sc-election", "all", null, null, true));
    }

    [Fact]
    public void Reminders_RunSteps_InstallTheToolAndSendWhatIsDue()
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GITHUB_EVENT_NAME"] = "schedule",
            ["GITHUB_REPOSITORY"] = "examplecoop/sc-election-2026",
            ["GH_TOKEN"] = "ghs_test_token",
            ["GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
        };

        var (outputs, _) = RunWorkflow("reminders.yml", env);

        // The sample election's voting closed on 2026-10-26, so on any run of this test no reminder is due any more.
        Assert.Contains("no reminder is due", outputs["Send the reminders that are due"], StringComparison.Ordinal);
    }

    [Fact]
    public void Voting_ResultsStep_CountsTheBallotsIntoResults()
    {
        using var handOff = new Elections.Cli.Tests.Commands.Voting.HandOffElection();
        _repo.Write("opavote.blt", handOff.Blt(30));
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["STEP"] = "results",
            ["BALLOTS"] = "opavote.blt",
            ["ELECTIONS_STORE"] = Path.Combine(_runner.FullName, "store.db"),
        };

        var (outputs, _) = RunWorkflow("voting.yml", env);

        Assert.Contains("wrote results/", outputs["Run the step"], StringComparison.Ordinal);
        Assert.Contains("\"elected\"", _repo.Read("results/results.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voting_PublishStepPublic_AfterTheEmbargo_RendersThePublicAnnouncement()
    {
        await CountResultsAsync();
        _repo.Write("results/publication.json", "{\"format_version\": 1, \"election\": \"sc-2026\", \"candidates_notified_at\": \"2026-10-27T09:00:00+00:00\"}\n");
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["STEP"] = "publish",
            ["STAGE"] = "public",
            ["ELECTIONS_STORE"] = Path.Combine(_runner.FullName, "store.db"),
        };

        var (outputs, _) = RunWorkflow("voting.yml", env);

        Assert.Contains("public: wrote results/announcement.website.md", outputs["Run the step"], StringComparison.Ordinal);
        Assert.Contains("\"public_at\"", _repo.Read("results/publication.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voting_WritebackStep_OpensThePullRequestOnTheGovernanceRepository()
    {
        await CountResultsAsync();
        _repo.SetResultsSection("results:\n  governance_file:\n    repository: acme/governance\n    path: members.yml\n");
        _sandbox.State.AddRepository("acme", "governance", new Dictionary<string, string> { ["members.yml"] = "[]\n" });
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["STEP"] = "writeback",
            ["DRY_RUN"] = "false",
            ["GH_TOKEN"] = "ghs_test_token",
            ["GITHUB_API_URL"] = _sandbox.BaseUrl.AbsoluteUri,
            ["ELECTIONS_STORE"] = Path.Combine(_runner.FullName, "store.db"),
        };

        var (outputs, _) = RunWorkflow("voting.yml", env);

        Assert.Contains("opened the write-back pull request #1", outputs["Run the step"], StringComparison.Ordinal);
        Assert.Equal("elections/writeback-sc-2026", _sandbox.State.GetPull("acme", "governance", 1)["head"]!["ref"]!.GetValue<string>());
    }

    /// <summary>Counts thirty ballots of the sample election into the repository's results/, as the committee does before publishing.</summary>
    private async Task CountResultsAsync()
    {
        using var handOff = new Elections.Cli.Tests.Commands.Voting.HandOffElection();
        _repo.Write("opavote.blt", handOff.Blt(30));
        var (counted, _, countError) = await CliRun.RunAsync("results", "--repo", _repo.Folder.FullName, "--ballots", _repo.PathOf("opavote.blt"));
        Assert.True(counted == 0, countError);
    }

    /// <summary>Runs every <c>run:</c> step of the workflow's jobs in order; the step outputs by name, and the job summary.</summary>
    private (Dictionary<string, string> Outputs, string Summary) RunWorkflow(string file, Dictionary<string, string> runner)
    {
        var workflow = Load(_repo.PathOf(".github/workflows/" + file));
        var githubPath = Path.Combine(_runner.FullName, "github_path");
        var summaryPath = Path.Combine(_runner.FullName, "step_summary.md");
        File.WriteAllText(githubPath, "");
        var env = Env(workflow);
        env["ELECTIONS_VERSION"] = _tool.Version;
        env["ELECTIONS_PACKAGE_SOURCE"] = _tool.Feed;
        env["RUNNER_TEMP"] = _runner.FullName;
        env["GITHUB_PATH"] = githubPath;
        env["GITHUB_STEP_SUMMARY"] = summaryPath;
        env["GITHUB_WORKSPACE"] = _repo.Folder.FullName;
        env["NO_COLOR"] = "1";
        foreach (var (name, value) in runner)
        {
            env[name] = value;
        }

        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in Steps(workflow))
        {
            if (!step.Children.TryGetValue(new YamlScalarNode("run"), out var run))
            {
                continue;
            }

            var name = step.Children.TryGetValue(new YamlScalarNode("name"), out var n) ? ((YamlScalarNode)n).Value! : "";
            var stepEnv = new Dictionary<string, string>(env, StringComparer.Ordinal);
            foreach (var (key, value) in Env(step))
            {
                stepEnv.TryAdd(key, value);
            }

            var extraPath = File.ReadAllLines(githubPath).Where(l => l.Length > 0).Reverse();
            stepEnv["PATH"] = string.Join(':', extraPath.Append(Environment.GetEnvironmentVariable("PATH") ?? ""));
            var (exit, output, error) = Shell.Run(_repo.Folder.FullName, "bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", ((YamlScalarNode)run).Value!], stepEnv);
            if (exit != 0)
            {
                throw new StepFailedException(name, exit, output + error);
            }

            outputs[name] = output + error;
        }

        return (outputs, File.Exists(summaryPath) ? File.ReadAllText(summaryPath) : "");
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow.Children[new YamlScalarNode("jobs")]).Children.Values
            .Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>());

    /// <summary>The literal <c>env:</c> values of a workflow or step; <c>${{ }}</c> expressions are the runner's to fill and are left out.</summary>
    private static Dictionary<string, string> Env(YamlMappingNode node)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Children.TryGetValue(new YamlScalarNode("env"), out var values))
        {
            foreach (var (key, value) in ((YamlMappingNode)values).Children)
            {
                var text = ((YamlScalarNode)value).Value ?? "";
                if (!text.Contains("${{", StringComparison.Ordinal))
                {
                    env[((YamlScalarNode)key).Value!] = text;
                }
            }
        }

        return env;
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? ""],
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Scalars),
        _ => [],
    };

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private sealed class StepFailedException(string step, int exit, string output) : Exception($"step '{step}' exited {exit}: {output}")
    {
        public string Step { get; } = step;

        public int Exit { get; } = exit;

        public string Output { get; } = output;
    }
}
