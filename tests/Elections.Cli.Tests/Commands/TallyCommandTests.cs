using System.Text.Json;

namespace Elections.Cli.Tests.Commands;

public sealed class TallyCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tally-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Blt()
    {
        // Schulze (2011) example: winner E.
        var path = Path.Combine(_dir, "e.blt");
        File.WriteAllText(path, """
            5 1
            5 1 3 2 5 4 0
            5 1 4 5 3 2 0
            8 2 5 4 1 3 0
            3 3 1 2 5 4 0
            7 3 1 5 2 4 0
            2 3 2 1 4 5 0
            7 4 3 5 2 1 0
            8 5 2 1 4 3 0
            0
            "A"
            "B"
            "C"
            "D"
            "E"
            "Example"
            """);
        return path;
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ElectionsCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Tally_Text_PrintsWinnersThenRounds()
    {
        var (code, output, _) = await RunAsync("tally", Blt(), "--method", "schulze");
        Assert.Equal(0, code);
        Assert.Contains("1. E", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("Winners:", StringComparison.Ordinal) < output.IndexOf("Round 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tally_Json_HasContractShape()
    {
        var (code, output, _) = await RunAsync("tally", Blt(), "--method", "ranked-pairs", "--seats", "2", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        foreach (var key in new[] { "method", "seats", "ballots", "valid", "winners", "ranking", "rounds", "ties" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        Assert.Equal(2, root.GetProperty("seats").GetInt32());
        Assert.Equal(45, root.GetProperty("ballots").GetInt64());
        // Ranked pairs locks A>C>E>B>D on this profile (Schulze elects E).
        Assert.Equal("A", root.GetProperty("winners")[0].GetString());
    }

    [Fact]
    public async Task Tally_Conflicts_DropsLowerRankedMember()
    {
        var conflicts = Path.Combine(_dir, "c.yml");
        File.WriteAllText(conflicts, "groups:\n  - name: Acme\n    members: [E, A]\n    max: 1\n");
        var (code, output, _) = await RunAsync("tally", Blt(), "--method", "schulze", "--seats", "2", "--conflicts", conflicts);
        Assert.Equal(0, code);
        Assert.Contains("Conflict: conflict group Acme", output, StringComparison.Ordinal);
        Assert.Contains("2. C", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_Report_WritesSelfContainedHtml()
    {
        var report = Path.Combine(_dir, "r.html");
        var (code, _, _) = await RunAsync("tally", Blt(), "--method", "meek", "--report", report);
        Assert.Equal(0, code);
        var html = File.ReadAllText(report);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_UnknownMethod_ExitsTwoWithProblem()
    {
        var (code, _, error) = await RunAsync("tally", Blt(), "--method", "borda");
        Assert.Equal(2, code);
        Assert.Contains("--method: 'borda' is not a counting method; use one of: plurality, approval, schulze", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_ZeroSeats_BlamesTheSeatsFlag()
    {
        var (code, _, error) = await RunAsync("tally", Blt(), "--method", "schulze", "--seats", "0");
        Assert.Equal(2, code);
        Assert.Equal("--seats: 0 seats: give a positive number of seats", error.Trim());
    }

    [Fact]
    public async Task Tally_ConflictMemberNotCandidate_BlamesTheConflictsFileLine()
    {
        var conflicts = Path.Combine(_dir, "c.yml");
        File.WriteAllText(conflicts, "groups:\n  - name: Acme\n    members: [E, A]\n    max: 1\n  - name: Initech\n    members: [Zed]\n    max: 1\n");
        var (code, _, error) = await RunAsync("tally", Blt(), "--method", "schulze", "--conflicts", conflicts);
        Assert.Equal(2, code);
        Assert.StartsWith($"{conflicts}:5: groups[1].members: 'Zed' is not a candidate in the ballot file; use one of: A, B, C, D, E", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_UnknownWithdrawn_ExitsTwo()
    {
        var (code, _, error) = await RunAsync("tally", Blt(), "--method", "plurality", "--withdraw", "Zed");
        Assert.Equal(2, code);
        Assert.Contains("--withdraw: no candidate is named 'Zed'; use one of: A, B, C, D, E", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tally_MissingFile_ExitsTwo()
    {
        var (code, _, error) = await RunAsync("tally", Path.Combine(_dir, "none.blt"), "--method", "schulze");
        Assert.Equal(2, code);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }
}
