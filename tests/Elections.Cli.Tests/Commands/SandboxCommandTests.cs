using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands;

public sealed partial class SandboxCommandTests : IDisposable
{
    private readonly SampleRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Sandbox_SeedSampleElection_ServesOrganizationPeopleTeamLabelsAndFilesUntilStopped()
    {
        const string Members = "- login: julia-rossi\n  name: Julia Rossi\n  term_ends: 2027-10-26\n";
        Directory.CreateDirectory(_repo.PathOf("rehearsals/governance/steering-committee"));
        _repo.Write("rehearsals/governance/steering-committee/members.yml", Members);
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var synchronized = TextWriter.Synchronized(output);
        using var error = new StringWriter();
        var root = ElectionsCli.Build(synchronized, error, TimeProvider.System);
        var run = root.Parse(["sandbox", "--urls", "http://127.0.0.1:0", "--seed", _repo.Folder.FullName])
            .InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = synchronized, Error = error }, stop.Token);

        var baseUrl = await WaitForBaseUrlAsync(synchronized, output, run);
        using var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "any-token");
        var official = JsonNode.Parse(await http.GetStringAsync("users/olivia-ec"))!;
        var voter = JsonNode.Parse(await http.GetStringAsync("users/amara-okafor"))!;
        var membership = JsonNode.Parse(await http.GetStringAsync("orgs/examplecoop/memberships/olivia-ec"))!;
        var team = await http.GetAsync(new Uri("orgs/examplecoop/teams/voters-2026", UriKind.Relative));
        var labels = JsonNode.Parse(await http.GetStringAsync("repos/examplecoop/sc-election-2026/labels"))!.AsArray().Select(l => l!["name"]!.GetValue<string>());
        var config = JsonNode.Parse(await http.GetStringAsync("repos/examplecoop/sc-election-2026/contents/config/election.yml?ref=main"))!;
        var candidates = JsonNode.Parse(await http.GetStringAsync("repos/examplecoop/sc-election-2026/contents/candidates"))!.AsArray();
        var governance = JsonNode.Parse(await http.GetStringAsync("repos/examplecoop/governance/contents/steering-committee/members.yml?ref=main"))!;
        await stop.CancelAsync();
        var exit = await run;

        Assert.Equal(5100001, official["id"]!.GetValue<long>());
        Assert.Equal(1000001, voter["id"]!.GetValue<long>());
        Assert.Equal("admin", membership["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);
        Assert.Contains("enough endorsements", labels);
        Assert.Equal(File.ReadAllText(_repo.PathOf("config/election.yml")), System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(config["content"]!.GetValue<string>())));
        Assert.Equal(Directory.GetFiles(_repo.PathOf("candidates")).Length, candidates.Count);
        Assert.Equal(0, exit);
        Assert.Contains("Seeded examplecoop/sc-election-2026", Read(synchronized, output), StringComparison.Ordinal);
        Assert.Equal(Members, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(governance["content"]!.GetValue<string>())));
        Assert.Contains("governance repository examplecoop/governance with steering-committee/members.yml", Read(synchronized, output), StringComparison.Ordinal);
        Assert.Contains("SANDBOX_ADMIN_TOKEN", Read(synchronized, output), StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Sandbox_SeedFolderWithProblems_PrintsTheValidateProblemsAndExits2()
    {
        _repo.Replace("config/election.yml", "seats: 7", "seats: 0");
        var line = _repo.LineOf("config/election.yml", "seats: 0");

        var (exit, output, error) = await CliRun.RunAsync("sandbox", "--urls", "http://127.0.0.1:0", "--seed", _repo.Folder.FullName);

        Assert.Equal(2, exit);
        Assert.Contains($"config/election.yml:{line}: seats:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", output, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Sandbox_UrlsNotHttp_Exits2NamingTheOption()
    {
        var (exit, _, error) = await CliRun.RunAsync("sandbox", "--urls", "127.0.0.1:5080");

        Assert.Equal(2, exit);
        Assert.Contains("--urls", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Sandbox_PortTaken_Exits1WithoutStackTrace()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, _, error) = await CliRun.RunAsync("sandbox", "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(1, exit);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    private static string Read(TextWriter synchronized, StringWriter output)
    {
        lock (synchronized)
        {
            return output.ToString();
        }
    }

    private static async Task<Uri> WaitForBaseUrlAsync(TextWriter synchronized, StringWriter output, Task<int> run)
    {
        while (!run.IsCompleted)
        {
            if (Listening().Match(Read(synchronized, output)) is { Success: true } match && Read(synchronized, output).Contains("Ctrl-C", StringComparison.Ordinal))
            {
                return new Uri(match.Groups[1].Value);
            }

            await Task.Delay(20);
        }

        Assert.Fail($"elections sandbox exited with {await run} before listening: {Read(synchronized, output)}");
        throw new InvalidOperationException("unreachable");
    }

    [GeneratedRegex(@"listening on (http://\S+)")]
    private static partial Regex Listening();
}
