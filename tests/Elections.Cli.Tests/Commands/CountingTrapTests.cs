using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands;

/// <summary>
/// The traps of issue 9 that gave a wrong answer without a word, on small generated files that
/// behave like the real ones (Kubernetes 2021 CSV → BLT; NixOS 2024 BLT → civs-upload; the NixOS
/// BLT header's 23 seats).
/// </summary>
public sealed class CountingTrapTests : IDisposable
{
    /// <summary>
    /// CIVS ballots with "No opinion": Schulze elects B when unranked candidates are incomparable
    /// (the CSV's meaning) and A when they are tied last (what a BLT reader assumes).
    /// </summary>
    private const string NoOpinionCsv =
        "A,B,C\n2,No opinion,1\n2,No opinion,1\n1,No opinion,No opinion\n1,No opinion,No opinion\n1,No opinion,No opinion\nNo opinion,1,2\n";

    /// <summary>Partial rankings in a BLT file (unranked candidates tied last), header 3 seats.</summary>
    private const string PartialBlt = "4 3\n3 1 2 0\n2 3 0\n1 4 2 1 0\n2 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"Partial\"\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("traps-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task ConvertCivsToBlt_CountsTheSameWinner()
    {
        var csv = Write("k.csv", NoOpinionCsv);
        var blt = Path.Combine(_dir, "k.blt");

        var before = await CliRun.RunAsync("tally", csv, "--method", "schulze");
        var convert = await CliRun.RunAsync("ballots", "convert", csv, blt);
        var after = await CliRun.RunAsync("tally", blt, "--method", "schulze");

        Assert.Equal(0, convert.Exit);
        Assert.Contains("1. B", before.Out, StringComparison.Ordinal);
        Assert.Contains("1. B", after.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyCivsAgainstPlainBlt_SameRankingsDifferentUnrankedRule_IsDifferent()
    {
        var csv = Write("k.csv", NoOpinionCsv);
        var blt = Write("k.blt", "3 1\n2 3 1 0\n3 1 0\n1 2 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"\"\n");

        var (exit, output, _) = await CliRun.RunAsync("ballots", "verify", csv, blt);

        Assert.Equal(1, exit);
        Assert.Contains("DIFFERENT", output, StringComparison.Ordinal);
        Assert.Contains("incomparable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertToCivsUpload_ThenVerify_SameBallots()
    {
        var blt = Write("p.blt", PartialBlt);
        var upload = Path.Combine(_dir, "p.txt");

        var convert = await CliRun.RunAsync("ballots", "convert", blt, upload, "--to", "civs-upload");
        var (exit, output, _) = await CliRun.RunAsync("ballots", "verify", blt, upload);

        Assert.Equal(0, convert.Exit);
        Assert.Equal(0, exit);
        Assert.Contains("same ballots", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TallyWithoutSeats_SaysTheSeatsComeFromTheHeader()
    {
        var blt = Write("p.blt", PartialBlt);

        var (exit, output, _) = await CliRun.RunAsync("tally", blt, "--method", "civs-proportional");

        Assert.Equal(0, exit);
        Assert.Contains("seats: 3 (from the header of", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertCivsWithNoOpinionToDebian_RefusesAndWritesNothing()
    {
        var csv = Write("k.csv", NoOpinionCsv);
        var sheet = Path.Combine(_dir, "k.txt");

        var (exit, _, error) = await CliRun.RunAsync("ballots", "convert", csv, sheet, "--to", "debian");

        Assert.Equal(2, exit);
        Assert.Contains("incomparable (No opinion)", error, StringComparison.Ordinal);
        Assert.False(File.Exists(sheet));
    }

    [Fact]
    public async Task Verify_Json_SnakeCaseWithVersionAndEachFilesRule()
    {
        var csv = Write("k.csv", NoOpinionCsv);
        var blt = Write("k.blt", "3 1\n2 3 1 0\n3 1 0\n1 2 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"\"\n");

        var (exit, output, _) = await CliRun.RunAsync("ballots", "verify", csv, blt, "--json");

        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(1, exit);
        Assert.Equal(1, json.RootElement.GetProperty("format_version").GetInt32());
        Assert.False(json.RootElement.GetProperty("same").GetBoolean());
        Assert.Equal("incomparable", json.RootElement.GetProperty("a").GetProperty("unranked").GetString());
        Assert.Equal("last", json.RootElement.GetProperty("b").GetProperty("unranked").GetString());
        Assert.Equal(6, json.RootElement.GetProperty("ballots_of_a_not_in_b").GetInt64());
    }
}
