using System.Text.Json;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands;

public sealed class StatusCommandTests : IDisposable
{
    private readonly SampleRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task Status_DuringEndorsements_ShowsPhaseDeadlinesVotersAndNominees()
    {
        var (exit, output, _) = await CliRun.RunAsync("status", "--repo", _repo.Folder.FullName, "--at", "2026-09-28T18:00:00Z");

        Assert.Equal(0, exit);
        Assert.Contains("At 2026-09-28 18:00 UTC: nominations closed; endorsements", output, StringComparison.Ordinal);
        Assert.Contains("2026-09-29 AoE (2026-09-30 12:00 UTC)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Nominations close ", output, StringComparison.Ordinal);
        Assert.Contains("Voters: 47 on the roll", output, StringComparison.Ordinal);
        Assert.Contains("Nominees: 9 for 7 seats", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_WithoutAt_UsesTheClock()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 10, 10, 0, 0, 0, TimeSpan.Zero));

        var (exit, output, _) = await CliRun.RunAtAsync(clock, "status", "--repo", _repo.Folder.FullName);

        Assert.Equal(0, exit);
        Assert.Contains("voting is open", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AtTheExactClosingInstant_IsAlreadyTheNextPhase()
    {
        var (_, output, _) = await CliRun.RunAsync("status", "--repo", _repo.Folder.FullName, "--at", "2026-10-26T12:00:00Z", "--json");

        using var document = JsonDocument.Parse(output);
        Assert.Equal("counting", document.RootElement.GetProperty("phase").GetString());
        Assert.Equal("results", Assert.Single(document.RootElement.GetProperty("next_deadlines").EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Status_Json_CountsVotersByStatusAndNomineesByState()
    {
        var (exit, output, _) = await CliRun.RunAsync("status", "--repo", _repo.Folder.FullName, "--at", "2026-09-20T00:00:00Z", "--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("nominations", root.GetProperty("phase").GetString());
        Assert.Equal(47, root.GetProperty("voters").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.Equal(9, root.GetProperty("nominees").GetInt32());
        Assert.Equal(root.GetProperty("nominees_by_state").GetProperty("form-complete").GetInt32(), root.GetProperty("candidates").GetInt32());
    }

    [Fact]
    public async Task Status_BadAt_Exit2WithTheFix()
    {
        var (exit, _, error) = await CliRun.RunAsync("status", "--repo", _repo.Folder.FullName, "--at", "soon");

        Assert.Equal(2, exit);
        Assert.Contains("write ISO 8601", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Status_BrokenConfig_Exit2WithTheProblem()
    {
        _repo.Replace("config/election.yml", "seats: 7", "seats: seven");

        var (exit, _, error) = await CliRun.RunAsync("status", "--repo", _repo.Folder.FullName);

        Assert.Equal(2, exit);
        Assert.Contains("config/election.yml:", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Status_ProblemsOutsideTheConfig_StillShowsStatusWithAWarning()
    {
        _repo.Write("candidates/omar-ec.md", "");

        var (exit, output, error) = await CliRun.RunAsync("status", "--repo", _repo.Folder.FullName, "--at", "2026-09-20T00:00:00Z");

        Assert.Equal(0, exit);
        Assert.Contains("nominations are open", output, StringComparison.Ordinal);
        Assert.Contains("run `elections validate`", error, StringComparison.Ordinal);
    }
}
