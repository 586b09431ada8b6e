using Elections.Core.Candidates;
using Elections.Core.Snapshots;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.Tests.Files;

public sealed class ElectionFolderReadTests : IDisposable
{
    private readonly DirectoryInfo _repo = Directory.CreateTempSubdirectory("elections-files-");

    public void Dispose() => _repo.Delete(recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(_repo.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>The folder holds no config: its problem is left out, as the roll and candidates are under test.</summary>
    private static List<Problem> FileProblems(ElectionSnapshot snapshot) =>
        [.. snapshot.Problems.Where(p => p.File != ElectionLayout.ConfigPath)];

    private const string OneVoter = """
        {"format": "elections/voters", "version": 1, "voters": [
          {"id": 1, "login": "amara", "email": "amara@example.org", "source": {"kind": "automatic"}, "status": "active"}
        ]}
        """;

    [Fact]
    public void Load_GoodRepository_ParsesRollAndCandidates()
    {
        Write("voters.json", OneVoter);
        Write("candidates/amara.md", "");
        Write("candidates/.gitkeep", "");

        var result = ElectionFolder.Load(_repo.FullName);

        Assert.Empty(FileProblems(result));
        Assert.Equal("candidates/amara.md", Assert.Single(result.Candidates).File);
    }

    [Fact]
    public void Load_WhitespaceOnlyCandidate_IsAFreshNomination()
    {
        Write("voters.json", OneVoter);
        Write("candidates/amara.md", "\n  \n");

        var result = ElectionFolder.Load(_repo.FullName);

        Assert.Empty(FileProblems(result));
        Assert.Equal(NominationState.Nominated, Assert.Single(result.Candidates).State);
    }

    [Fact]
    public void Load_MissingRoll_OneProblemNamingIt()
    {
        Write("candidates/amara.md", "");

        var result = ElectionFolder.Load(_repo.FullName);

        var problem = Assert.Single(FileProblems(result));
        Assert.Equal("voters.json", problem.File);
        Assert.Contains("not found", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GarbageEverywhere_EveryFileNamedNoException()
    {
        File.WriteAllBytes(Path.Combine(_repo.FullName, "voters.json"), new byte[20 * 1024 * 1024]);
        Write("candidates/amara.md", "");
        File.WriteAllBytes(Path.Combine(_repo.FullName, "candidates", "bin.md"), [0x7f, 0x45, 0x4c, 0x46, 0, 1]);
        File.WriteAllBytes(Path.Combine(_repo.FullName, "candidates", "big.md"), new byte[2 * 1024 * 1024]);
        Write("candidates/notes.txt", "hello");

        var result = ElectionFolder.Load(_repo.FullName);

        Assert.Equal(["voters.json", "candidates/big.md", "candidates/bin.md", "candidates/notes.txt"], FileProblems(result).Select(p => p.File));
        Assert.Contains("limit", FileProblems(result)[0].Message, StringComparison.Ordinal);
        Assert.Contains("binary", FileProblems(result)[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RollNotJson_ProblemWithLine()
    {
        Write("voters.json", "{\n  \"format\": oops\n}");

        var result = ElectionFolder.Load(_repo.FullName);

        var problem = Assert.Single(FileProblems(result));
        Assert.Equal(("voters.json", 2), (problem.File, problem.Line));
    }

    [Fact]
    public void HoldsElection_NoConfig_False()
    {
        Write("voters.json", OneVoter);

        Assert.False(ElectionFolder.HoldsElection(_repo.FullName));
    }

    [Fact]
    public void Read_CandidateFolder_EntriesNamedByRepositoryPath()
    {
        Write("config/election.yml", "name: x\n");
        Write("candidates/amara.md", "");
        Write("candidates/.gitkeep", "");
        Directory.CreateDirectory(Path.Combine(_repo.FullName, "candidates", "old"));

        var sources = ElectionFolder.Read(_repo.FullName);

        Assert.Equal(SourceEntryKind.Text, sources.Config.Kind);
        Assert.Equal(SourceEntryKind.Unreadable, sources.Roll.Kind);
        Assert.Equal(
            [("candidates/amara.md", SourceEntryKind.Text), ("candidates/old", SourceEntryKind.Listed)],
            sources.Candidates.Select(c => (c.Path, c.Kind)).Order());
    }
}
