using System.Text.Json;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly SampleRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private Task<(int Exit, string Out, string Error)> ValidateAsync(params string[] extra) =>
        CliRun.RunAsync(["validate", "--repo", _repo.Folder.FullName, .. extra]);

    [Fact]
    public async Task Validate_SampleElection_Exit0AndSaysValid()
    {
        var (exit, output, error) = await ValidateAsync();

        Assert.Equal(0, exit);
        Assert.Contains("valid", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task Validate_ProblemsInEveryFile_ReportsEachWithFileLineAndFieldThenExit2()
    {
        _repo.Replace("config/election.yml", "seats: 7", "seats: 0");
        _repo.Replace("voters.json", "\"email\": \"chen.wei@example.org\"", "\"email\": \"AMARA.OKAFOR@example.org\"");
        _repo.Write("candidates/omar-ec.md", "");
        var seatsLine = _repo.LineOf("config/election.yml", "seats: 0");
        var duplicateLine = _repo.LineOf("voters.json", "AMARA.OKAFOR");

        var (exit, output, _) = await ValidateAsync();

        Assert.Equal(2, exit);
        Assert.Contains($"config/election.yml:{seatsLine}: seats:", output, StringComparison.Ordinal);
        Assert.Contains($"voters.json:{duplicateLine}:", output, StringComparison.Ordinal);
        Assert.Contains("candidates/omar-ec.md", output, StringComparison.Ordinal);
        Assert.Contains("3 problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_Json_ListsProblemsWithLocation()
    {
        _repo.Replace("config/election.yml", "seats: 7", "seats: 0");

        var (exit, output, _) = await ValidateAsync("--json");

        Assert.Equal(2, exit);
        using var document = JsonDocument.Parse(output);
        Assert.False(document.RootElement.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(document.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("config/election.yml", problem.GetProperty("file").GetString());
        Assert.Equal(_repo.LineOf("config/election.yml", "seats: 0"), problem.GetProperty("line").GetInt32());
        Assert.Equal("seats", problem.GetProperty("field").GetString());
    }

    public static TheoryData<string, byte[], string> BrokenFiles => new()
    {
        { "config/election.yml", "{{{ [[[ : :\n\t- ]"u8.ToArray(), "config/election.yml:1" },
        { "config/election.yml", [], "config/election.yml: file is empty" },
        { "config/election.yml", [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00], "config/election.yml: file is binary" },
        { "voters.json", "not json at all"u8.ToArray(), "voters.json:1" },
        { "voters.json", [], "voters.json: file is empty" },
        { "voters.json", [0x00, 0xff, 0x13, 0x37], "voters.json: file is binary" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Validate_GarbageFile_Exit2NamingTheFileWithoutStackTrace(string file, byte[] content, string expected)
    {
        await File.WriteAllBytesAsync(_repo.PathOf(file), content);

        var (exit, output, error) = await ValidateAsync();

        Assert.Equal(2, exit);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(output + error);
    }

    [Theory]
    [InlineData("config/election.yml")]
    [InlineData("voters.json")]
    public async Task Validate_TwentyMegabyteFile_Exit2NamingTheFile(string file)
    {
        await File.WriteAllTextAsync(_repo.PathOf(file), new string('a', 20 * 1024 * 1024));

        var (exit, output, error) = await ValidateAsync();

        Assert.Equal(2, exit);
        Assert.Contains($"{file}: file is 20,971,520 bytes, over the", output, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(output + error);
    }

    [Fact]
    public async Task Validate_UnreadableRoll_DoesNotAlsoBlameTheConfig()
    {
        _repo.Write("voters.json", "");

        var (_, output, _) = await ValidateAsync();

        Assert.DoesNotContain("min_endorsers", output, StringComparison.Ordinal);
    }
}
