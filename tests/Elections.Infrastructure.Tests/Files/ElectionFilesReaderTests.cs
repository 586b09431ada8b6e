using Elections.Core.Candidates;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.Tests.Files;

public sealed class ElectionFilesReaderTests : IDisposable
{
    private readonly DirectoryInfo _repo = Directory.CreateTempSubdirectory("elections-files-");

    public void Dispose() => _repo.Delete(recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_repo.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private const string OneVoter = """
        {"format": "elections/voters", "version": 1, "voters": [
          {"id": 1, "login": "amara", "email": "amara@example.org", "source": {"kind": "automatic"}, "status": "active"}
        ]}
        """;

    [Fact]
    public void Read_GoodRepository_ParsesRollAndCandidates()
    {
        Write("voters.json", OneVoter);
        Write("candidates/amara.md", "");
        Write("candidates/.gitkeep", "");

        var result = ElectionFilesReader.Read(_repo.FullName, [], "config", ElectionOfficials.None);

        Assert.True(result.IsValid);
        Assert.Equal("candidates/amara.md", Assert.Single(result.Candidates).File);
    }

    [Fact]
    public void Read_WhitespaceOnlyCandidate_IsAFreshNomination()
    {
        Write("voters.json", OneVoter);
        Write("candidates/amara.md", "\n  \n");

        var result = ElectionFilesReader.Read(_repo.FullName, [], "config", ElectionOfficials.None);

        Assert.True(result.IsValid);
        Assert.Equal(NominationState.Nominated, Assert.Single(result.Candidates).State);
    }

    [Fact]
    public void Read_MissingRoll_OneProblemNamingIt()
    {
        Write("candidates/amara.md", "");

        var result = ElectionFilesReader.Read(_repo.FullName, [], "config", ElectionOfficials.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("voters.json", problem.File);
        Assert.Contains("not found", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GarbageEverywhere_EveryFileNamedNoException()
    {
        File.WriteAllBytes(Path.Combine(_repo.FullName, "voters.json"), new byte[20 * 1024 * 1024]);
        Write("candidates/amara.md", "");
        File.WriteAllBytes(Path.Combine(_repo.FullName, "candidates", "bin.md"), [0x7f, 0x45, 0x4c, 0x46, 0, 1]);
        File.WriteAllBytes(Path.Combine(_repo.FullName, "candidates", "big.md"), new byte[2 * 1024 * 1024]);
        Write("candidates/notes.txt", "hello");

        var result = ElectionFilesReader.Read(_repo.FullName, [], "config", ElectionOfficials.None);

        Assert.Equal(["voters.json", "candidates/big.md", "candidates/bin.md", "candidates/notes.txt"], result.Problems.Select(p => p.File));
        Assert.Contains("limit", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("binary", result.Problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RollNotJson_ProblemWithLine()
    {
        Write("voters.json", "{\n  \"format\": oops\n}");

        var result = ElectionFilesReader.Read(_repo.FullName, [], "config", ElectionOfficials.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("voters.json", 2), (problem.File, problem.Line));
    }
}
