using System.Text.Json;

namespace Elections.Cli.Tests.Commands;

public sealed class BallotsCommandTests : IDisposable
{
    private const string Blt = "3 1\n2 1 2 0\n1 3 0\n1 0\n0\n\"Ann\"\n\"Bob\"\n\"Cy\"\n\"Vote\"\n";
    private readonly string _folder = Directory.CreateTempSubdirectory("ballots-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ElectionsCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Stats_BltFile_PrintsCountsAndFirstPreferences()
    {
        var (exit, output, _) = await RunAsync("ballots", "stats", WriteFile("a.blt", Blt));

        Assert.Equal(0, exit);
        Assert.Contains("ballots: 4 (3 lines)", output, StringComparison.Ordinal);
        Assert.Contains("valid: 3", output, StringComparison.Ordinal);
        Assert.Contains("empty: 1", output, StringComparison.Ordinal);
        Assert.Matches(@"Ann\s+2", output);
    }

    [Fact]
    public async Task Stats_Json_WritesMachineReadableFigures()
    {
        var (exit, output, _) = await RunAsync("ballots", "stats", WriteFile("a.blt", Blt), "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("blt", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("ballots").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("first_preferences").GetProperty("Cy").GetInt64());
    }

    [Fact]
    public async Task Convert_ThenVerify_ReportsSameBallots()
    {
        var source = WriteFile("a.blt", Blt);
        var target = Path.Combine(_folder, "b.csv");

        var convert = await RunAsync("ballots", "convert", source, target, "--to", "civs");
        var verify = await RunAsync("ballots", "verify", source, target);

        Assert.Equal(0, convert.Exit);
        Assert.StartsWith("Ann,Bob,Cy\n", await File.ReadAllTextAsync(target), StringComparison.Ordinal);
        Assert.Equal(0, verify.Exit);
        Assert.Contains("same ballots", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DifferentBallots_ExitsOneWithExamples()
    {
        var a = WriteFile("a.blt", Blt);
        var b = WriteFile("b.csv", "Cy,Bob,Ann\n3,2,1\n3,2,1\n1,No opinion,No opinion\n");

        var (exit, output, _) = await RunAsync("ballots", "verify", a, b);

        Assert.Equal(1, exit);
        Assert.Contains("DIFFERENT", output, StringComparison.Ordinal);
        Assert.Contains("(empty): 1 in A, 0 in B", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_BrokenFile_ExitsTwoNamingLineAndColumn()
    {
        var path = WriteFile("bad.blt", "3 1\n1 7 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");

        var (exit, _, error) = await RunAsync("ballots", "stats", path);

        Assert.Equal(2, exit);
        Assert.Contains($"{path}:2:3: ballot: candidate 7 does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_MissingFile_ExitsTwo()
    {
        var (exit, _, error) = await RunAsync("ballots", "stats", Path.Combine(_folder, "nope.blt"));

        Assert.Equal(2, exit);
        Assert.Contains("file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_UnknownTargetFormat_ExitsTwo()
    {
        var (exit, _, error) = await RunAsync("ballots", "convert", WriteFile("a.blt", Blt), "-", "--to", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("'xml' is not a format", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_UndetectableFormat_PointsAtTheFormatFlag()
    {
        var path = WriteFile("notes.txt", "hello\nworld\n");

        var (exit, _, error) = await RunAsync("ballots", "stats", path);

        Assert.Equal(2, exit);
        Assert.StartsWith($"{path}: --format: cannot tell the ballot format from the content", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_ForcedFormat_OverridesDetection()
    {
        var path = WriteFile("p.csv", "a,b\n2,1\n");

        var (exit, output, _) = await RunAsync("ballots", "stats", path, "--format", "civs-proportional");

        Assert.Equal(0, exit);
        Assert.Contains("(civs-proportional, unranked = last)", output, StringComparison.Ordinal);
    }
}
