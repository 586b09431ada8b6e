using System.Text;
using System.Text.Json.Nodes;
using Elections.App.Candidacy;
using Elections.App.Ports.GitHub;
using Elections.Core.Candidacy;
using Elections.Core.Snapshots;
using Elections.Infrastructure.GitHub;
using Elections.Tests.Support;

namespace Elections.Sandbox.Tests.Candidacy;

/// <summary>
/// <c>elections candidates finalise</c>'s work (<see cref="CandidacyFinaliser"/>) on the emulated GitHub: nominations made
/// by people, judged at the deadline, merged or closed, and the lock-in record published and verifiable.
/// </summary>
public sealed class FinaliseTests : IAsyncLifetime, IDisposable
{
    private const string Owner = "examplecoop";
    private const string Name = "sc-election-2026";
    private static readonly RepositoryRef Repo = new(Owner, Name);

    private readonly Clock _clock = new(new DateTimeOffset(2026, 9, 20, 10, 0, 0, TimeSpan.Zero));
    private SandboxServer _server = null!;
    private GitHubClientFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxServerOptions { Time = _clock });
        var state = _server.State;
        state.AddOrganization(Owner);
        var roll = JsonNode.Parse(SampleElection.Files["voters.json"])!["voters"]!.AsArray();
        foreach (var voter in roll.Where(v => v!["id"] is not null))
        {
            state.AddUser(voter!["login"]!.GetValue<string>(), id: voter["id"]!.GetValue<long>());
        }

        state.AddRepository(Owner, Name, SampleElection.Files.Where(f => !f.Key.StartsWith("candidates/", StringComparison.Ordinal)).ToDictionary());
        _factory = new GitHubClientFactory(SandboxWorld.ClientOptions(_server.BaseUrl));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _factory?.Dispose();

    [Fact]
    public async Task Finalise_AfterTheDeadline_MergesConfirmedClosesTheRestAndPublishesAVerifiableLockIn()
    {
        var state = _server.State;
        var amara = Nominate("amara-okafor");
        var chen = Nominate("chen-wei");
        var bruno = Nominate("bruno-lindqvist");
        foreach (var endorser in new[] { "dmitri-volkov", "elena-garcia", "farid-haddad" })
        {
            state.SubmitReview(Owner, Name, amara, endorser, "APPROVED");
            state.Comment(Owner, Name, chen, endorser, "!endorse");
        }

        state.SubmitReview(Owner, Name, bruno, "grace-mwangi", "APPROVED");
        state.AdvanceClock(TimeSpan.FromDays(11));
        var groups = new[] { new ConflictGroup("Example Hosting", [1000001, 1000003]) };
        var finaliser = new CandidacyFinaliser(_factory.Create(GitHubCallContext.None), Repo);

        var dry = await finaliser.RunAsync(Snapshot(), Config(), groups, dryRun: true, CancellationToken.None);
        var report = await finaliser.RunAsync(Snapshot(), Config(), groups, dryRun: false, CancellationToken.None);
        var again = await finaliser.RunAsync(Snapshot(), Config(), groups, dryRun: false, CancellationToken.None);

        Assert.Equal(dry.Actions, report.Actions);
        Assert.Empty(report.Failures);
        Assert.Equal(["amara-okafor", "chen-wei"], report.Candidates.Select(c => c.Login).Order());
        Assert.Equal(["merged", "merged", "closed"], new[] { amara, chen, bruno }.Select(n => Pull(n)["merged"]!.GetValue<bool>() ? "merged" : Pull(n)["state"]!.GetValue<string>()));
        var close = state.ListComments(Owner, Name, bruno, null).Last()!["body"]!.GetValue<string>();
        Assert.Contains("@bruno-lindqvist is not a candidate", close, StringComparison.Ordinal);
        Assert.Contains("endorse", close, StringComparison.OrdinalIgnoreCase);

        var lockIn = Text(LockInFile.Path);
        Assert.True(LockInFile.TryParse(lockIn, out var locked, out var sha, out _));
        Assert.Equal(report.Sha256, sha);
        Assert.Empty(LockIn.Verify(locked, sha, CandidateFiles()));
        Assert.Contains("\"first\": \"amara-okafor\"", lockIn, StringComparison.Ordinal);
        Assert.Contains("members: [\"Amara Okafor\", \"Chen Wei\"]", Text(LockInFile.ConflictsPath), StringComparison.Ordinal);
        Assert.Contains("@amara-okafor and @chen-wei: Example Hosting", Text(LockInFile.ListPath), StringComparison.Ordinal);
        Assert.All(again.Actions, a => Assert.EndsWith("is up to date", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_CandidateFileEditedAfterLockIn_IsReported()
    {
        var amara = Nominate("amara-okafor");
        foreach (var endorser in new[] { "dmitri-volkov", "elena-garcia", "farid-haddad" })
        {
            _server.State.SubmitReview(Owner, Name, amara, endorser, "APPROVED");
        }

        _server.State.AdvanceClock(TimeSpan.FromDays(11));
        await new CandidacyFinaliser(_factory.Create(GitHubCallContext.None), Repo).RunAsync(Snapshot(), Config(), [], dryRun: false, CancellationToken.None);
        _server.State.Push(Owner, Name, "main", "amara-okafor", "Edit", new Dictionary<string, string?> { ["candidates/amara-okafor.md"] = "changed\n" });

        Assert.True(LockInFile.TryParse(Text(LockInFile.Path), out var locked, out var sha, out _));
        var problem = Assert.Single(LockIn.Verify(locked, sha, CandidateFiles()));
        Assert.StartsWith("candidates/amara-okafor.md: changed since lock-in", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionReader_QuestionIssues_CompileFirstTopLevelAnswersPerCandidate()
    {
        var state = _server.State;
        var q1 = state.OpenIssue(Owner, Name, "dmitri-volkov", "Review backlog?", "How would you shrink the review backlog?", ["question"]);
        var q2 = state.OpenIssue(Owner, Name, "elena-garcia", "Funding?", "Where should money go?", ["question"]);
        state.OpenIssue(Owner, Name, "elena-garcia", "Unrelated bug", "Not a question");
        state.Comment(Owner, Name, q1, "amara-okafor", "> How would you\nquoting first");
        state.Comment(Owner, Name, q1, "amara-okafor", "Weekly triage rotations.");
        state.Comment(Owner, Name, q1, "amara-okafor", "And a second thought.");
        state.Comment(Owner, Name, q2, "chen-wei", "Build farm.");

        var questions = await QuestionReader.ReadAsync(_factory.Create(GitHubCallContext.None), Repo, "question", CancellationToken.None);
        var answers = CandidateAnswers.Of(new Person(1000001, "amara-okafor"), questions, _ => true, Config().Timeline);
        var page = App.Presentation.QaPage.Render(answers, "Amara Okafor");

        Assert.Equal([q1, q2], questions.Select(q => q.Number));
        Assert.Equal("Weekly triage rotations.", Assert.Single(answers.Answered).Answer.Body);
        Assert.Equal(q2, Assert.Single(answers.Unanswered).Number);
        Assert.Contains("## Answered (1)", page, StringComparison.Ordinal);
        Assert.Contains("> How would you shrink the review backlog?", page, StringComparison.Ordinal);
        Assert.DoesNotContain("second thought", page, StringComparison.Ordinal);
        Assert.Contains("## Unanswered (1)\n\n### Funding?", page, StringComparison.Ordinal);
    }

    private int Nominate(string login) =>
        _server.State.OpenPullRequest(Owner, Name, login, $"Nominate {login}", $"nominate-{login}", new Dictionary<string, string?>
        {
            [$"candidates/{login}.md"] = $"---\nname: {System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(login.Replace('-', ' '))}\ngithub: {login}\nemail: {login}@example.org\nconflicts_of_interest: none\n---\n\n## Motivation\n\nA steadier review queue.\n",
        });

    private JsonObject Pull(int number) => _server.State.GetPull(Owner, Name, number);

    private string Text(string path) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(_server.State.GetContent(Owner, Name, path, null)["content"]!.GetValue<string>()));

    private Dictionary<string, byte[]> CandidateFiles() =>
        _server.State.GetContent(Owner, Name, "candidates", null).AsArray()
            .Select(e => e!["path"]!.GetValue<string>())
            .ToDictionary(p => p, p => Encoding.UTF8.GetBytes(Text(p)), StringComparer.Ordinal);

    private static ElectionSnapshot Snapshot() => ElectionSnapshotReader.Read(new ElectionSources
    {
        Config = new SourceEntry { Path = ElectionLayout.ConfigPath, Kind = SourceEntryKind.Text, Text = SampleElection.Files[ElectionLayout.ConfigPath] },
        Roll = new SourceEntry { Path = ElectionLayout.RollPath, Kind = SourceEntryKind.Text, Text = SampleElection.Files[ElectionLayout.RollPath] },
        Candidates = [],
    });

    private static Core.Configuration.ElectionConfig Config() => Snapshot().TryGetConfig(out var config) ? config : throw new InvalidOperationException("sample config");

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
