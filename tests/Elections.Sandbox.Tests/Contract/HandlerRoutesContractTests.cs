using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Elections.Sandbox.Tests.Contract;

/// <summary>
/// The routes the coming handlers and outside clients call beyond the App's GitHub port
/// (Rest/HandlerEndpoints.cs), called over HTTP as api.github.com documents them.
/// </summary>
public sealed class HandlerRoutesContractTests : IAsyncLifetime, IDisposable
{
    private const string Repo = "repos/examplecoop/sc-election-2026";

    private static readonly string[] Routes =
    [
        "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
        "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
        "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest",
        "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
        "GET /orgs/{org}/teams",
    ];

    private SandboxServer _server = null!;
    private readonly HttpClient _client = new();
    private int _pull;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxServerOptions { RecordResponses = true });
        var state = _server.State;
        state.AddOrganization("examplecoop");
        state.AddUser("carol");
        state.AddTeam("examplecoop", "voters-2026", "Voters 2026");
        state.AddTeam("examplecoop", "committee", "Committee");
        state.AddRepository("examplecoop", "sc-election-2026", new Dictionary<string, string> { ["voters.json"] = "{}\n" });
        _pull = state.OpenPullRequest("examplecoop", "sc-election-2026", "carol", "Nominate carol", "nominate-carol", new Dictionary<string, string?> { ["candidates/carol.md"] = "# Carol\n" });
        _client.BaseAddress = _server.BaseUrl;
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ghs_test_token");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _client.Dispose();

    [ContractFact]
    public async Task HandlerRoutes_Answers_MatchTheSpecAndCoverEveryRoute()
    {
        var head = await HeadShaAsync();
        var first = await CreateCheckRunAsync(head, "in_progress");
        await CreateCheckRunAsync(head, "completed");
        await _client.GetStringAsync($"{Repo}/commits/{head}/check-runs");
        await _client.GetStringAsync($"{Repo}/commits/nominate-carol/check-runs?check_name=nomination&filter=all&per_page=1");
        await _client.GetStringAsync($"{Repo}/check-runs/{first}");
        await SendAsync(HttpMethod.Post, $"{Repo}/check-runs/{first}/rerequest", "{}");
        await SendAsync(HttpMethod.Post, $"{Repo}/issues/{_pull}/labels", """{"labels":["nomination"]}""");
        await _client.GetStringAsync($"{Repo}/issues/{_pull}/labels");
        await _client.GetAsync(new Uri($"{Repo}/issues/999/labels", UriKind.Relative));
        await _client.GetStringAsync("orgs/examplecoop/teams");

        var (problems, covered) = RecordedAnswers.Check(_server.Requests);

        Assert.Empty(problems);
        Assert.Subset(covered, new HashSet<string>(Routes, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListCheckRunsForRef_BranchNameLatestFilter_NewestRunPerName()
    {
        var head = await HeadShaAsync();
        await CreateCheckRunAsync(head, "in_progress");
        var newest = await CreateCheckRunAsync(head, "completed");

        var latest = JsonNode.Parse(await _client.GetStringAsync($"{Repo}/commits/nominate-carol/check-runs"))!;
        var all = JsonNode.Parse(await _client.GetStringAsync($"{Repo}/commits/{head}/check-runs?filter=all"))!;

        Assert.Equal(1, latest["total_count"]!.GetValue<int>());
        Assert.Equal(newest, latest["check_runs"]![0]!["id"]!.GetValue<long>());
        Assert.Equal(2, all["total_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task ListCheckRunsForRef_UnknownRef_Is422()
    {
        using var response = await _client.GetAsync(new Uri($"{Repo}/commits/no-such-branch/check-runs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task GetCheckRun_UnknownId_Is404()
    {
        using var response = await _client.GetAsync(new Uri($"{Repo}/check-runs/424242", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RerequestCheckRun_ByAPerson_EmitsCheckRunRerequestedWithTheOpenPullRequest()
    {
        var run = await CreateCheckRunAsync(await HeadShaAsync(), "completed");

        using (Elections.Sandbox.State.SandboxState.ActAs(_server.State.AddUser("dave")))
        {
            _server.State.RerequestCheckRun("examplecoop", "sc-election-2026", run);
        }

        var delivery = Assert.Single(_server.Webhooks.Deliveries, d => d.Event == "check_run");
        var body = JsonNode.Parse(delivery.Body)!;
        Assert.Equal("rerequested", delivery.Action);
        Assert.Equal(run, body["check_run"]!["id"]!.GetValue<long>());
        Assert.Equal(_pull, body["check_run"]!["pull_requests"]![0]!["number"]!.GetValue<int>());
        Assert.Equal("dave", body["sender"]!["login"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListTeams_Organization_EveryTeamByName()
    {
        var teams = JsonNode.Parse(await _client.GetStringAsync("orgs/examplecoop/teams"))!.AsArray();

        Assert.Equal(["committee", "voters-2026"], teams.Select(t => t!["slug"]!.GetValue<string>()));
    }

    private async Task<string> HeadShaAsync() =>
        JsonNode.Parse(await _client.GetStringAsync($"{Repo}/pulls/{_pull}"))!["head"]!["sha"]!.GetValue<string>();

    private async Task<long> CreateCheckRunAsync(string head, string status)
    {
        var request = new JsonObject
        {
            ["name"] = "nomination",
            ["head_sha"] = head,
            ["status"] = status,
            ["output"] = new JsonObject { ["title"] = "t", ["summary"] = "s" },
        };
        if (status == "completed")
        {
            request["conclusion"] = "success";
        }

        var body = await SendAsync(HttpMethod.Post, $"{Repo}/check-runs", request.ToJsonString());
        return body["id"]!.GetValue<long>();
    }

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await _client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
