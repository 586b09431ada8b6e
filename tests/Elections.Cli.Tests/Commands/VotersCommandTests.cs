using System.Text.Json;
using Elections.Cli.Tests.Support;
using Elections.Core.Voters;

namespace Elections.Cli.Tests.Commands;

public sealed class VotersCommandTests : IDisposable
{
    // An invented NixOS 2024 map with every variant (nixos-anchor §2.1).
    private const string NixosMap = """
        {
          "lena.k@example.org": 3000001,
          "@milo-t: No known email, you cannot vote unless one is added with a PR!": 3000002,
          "@noor: OpaVote email sent to noor@example.net bounced (550), please try a different email": 3000003,
          "otto@example.org": "@otto-r: GitHub account does not exist anymore, so you can't interact with this repository",
          "pia@example.net": "@pia-s: Revoked repository access due to rule violations"
        }
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("elections-cli-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    [Fact]
    public async Task ImportNixos_MapToOutFile_Exit0AndTheRollValidates()
    {
        await File.WriteAllTextAsync(PathOf("map.json"), NixosMap);

        var (exit, _, error) = await CliRun.RunAsync("voters", "import-nixos", PathOf("map.json"), "--out", PathOf("voters.json"));

        Assert.Equal(0, exit);
        Assert.Contains("imported 5 voter(s) (1 active, 1 no-email, 1 bounced, 1 access-revoked, 1 account-deleted)", error, StringComparison.Ordinal);
        var roll = VoterRollParser.Parse("voters.json", await File.ReadAllTextAsync(PathOf("voters.json")));
        Assert.Empty(roll.Problems);
        Assert.Empty(VoterRollValidator.Validate(roll.Roll, [], "config"));
        Assert.Equal(5, roll.Roll.Voters.Count);
    }

    [Fact]
    public async Task ImportNixos_NoOut_RollOnStandardOutput()
    {
        await File.WriteAllTextAsync(PathOf("map.json"), NixosMap);

        var (exit, output, _) = await CliRun.RunAsync("voters", "import-nixos", PathOf("map.json"));

        Assert.Equal(0, exit);
        Assert.Empty(VoterRollParser.Parse("stdout", output).Problems);
    }

    [Fact]
    public async Task ImportNixos_Json_ReportOnStandardOutput()
    {
        await File.WriteAllTextAsync(PathOf("map.json"), NixosMap.Replace("3000003", "3000001", StringComparison.Ordinal));

        var (exit, output, _) = await CliRun.RunAsync("voters", "import-nixos", PathOf("map.json"), "--out", PathOf("voters.json"), "--json");

        Assert.Equal(2, exit);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(4, report.RootElement.GetProperty("imported").GetInt32());
        var unmapped = Assert.Single(report.RootElement.GetProperty("not_imported").EnumerateArray().ToList());
        Assert.Equal(4, unmapped.GetProperty("line").GetInt32());
        Assert.True(File.Exists(PathOf("voters.json")));
    }

    [Fact]
    public async Task ImportNixos_SomeEntriesUnmapped_Exit2ReportNamesLineRollStillWritten()
    {
        await File.WriteAllTextAsync(PathOf("map.json"), "{\n  \"a@example.org\": 1,\n  \"b@example.org\": \"twelve\"\n}");

        var (exit, _, error) = await CliRun.RunAsync("voters", "import-nixos", PathOf("map.json"), "--out", PathOf("voters.json"));

        Assert.Equal(2, exit);
        Assert.Contains($"{PathOf("map.json")}:3: b@example.org: not imported", error, StringComparison.Ordinal);
        Assert.Single(VoterRollParser.Parse("v", await File.ReadAllTextAsync(PathOf("voters.json"))).Roll.Voters);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("binary")]
    [InlineData("huge")]
    [InlineData("empty")]
    [InlineData("missing")]
    public async Task ImportNixos_Garbage_Exit2NamesTheFileNoStackTrace(string kind)
    {
        var path = PathOf("garbage.json");
        switch (kind)
        {
            case "not json":
                await File.WriteAllTextAsync(path, "this is not { json");
                break;
            case "binary":
                await File.WriteAllBytesAsync(path, [0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]);
                break;
            case "huge":
                await File.WriteAllBytesAsync(path, new byte[20 * 1024 * 1024]);
                break;
            case "empty":
                await File.WriteAllBytesAsync(path, []);
                break;
        }

        var (exit, output, error) = await CliRun.RunAsync("voters", "import-nixos", path, "--out", PathOf("voters.json"));

        Assert.Equal(2, exit);
        Assert.StartsWith(path + ":", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
        Assert.Equal("", output);
        Assert.False(File.Exists(PathOf("voters.json")));
    }

    [Fact]
    public async Task ImportNixos_JsonWithoutOut_Exit2()
    {
        await File.WriteAllTextAsync(PathOf("map.json"), NixosMap);

        var (exit, output, error) = await CliRun.RunAsync("voters", "import-nixos", PathOf("map.json"), "--json");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("--json: needs --out", error, StringComparison.Ordinal);
    }
}
