using Elections.Core.Candidates;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.Tests.Files;

public sealed class ElectionFolderLoadTests : IDisposable
{
    private readonly DirectoryInfo _copy = Directory.CreateTempSubdirectory("elections-repo-");

    public void Dispose() => _copy.Delete(recursive: true);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Elections.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Elections.sln not found above the test binaries");
    }

    private string CopySample()
    {
        var root = RepositoryRoot();
        Directory.CreateDirectory(Path.Combine(_copy.FullName, "config"));
        Directory.CreateDirectory(Path.Combine(_copy.FullName, "candidates"));
        File.Copy(Path.Combine(root, "config", "election.yml"), Path.Combine(_copy.FullName, "config", "election.yml"));
        File.Copy(Path.Combine(root, "voters.json"), Path.Combine(_copy.FullName, "voters.json"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "candidates")))
        {
            File.Copy(file, Path.Combine(_copy.FullName, "candidates", Path.GetFileName(file)));
        }

        return _copy.FullName;
    }

    [Fact]
    public void Load_SampleElection_ValidWithNomineesInEveryState()
    {
        var loaded = ElectionFolder.Load(RepositoryRoot());

        Assert.Empty(loaded.Problems.Select(p => p.ToString()));
        Assert.True(loaded.TryGetConfig(out var config));
        Assert.True(loaded.Roll.Voters.Count >= 40);
        var excluded = config.Eligibility.ExcludedAccounts.Select(a => a.Id).ToHashSet();
        Assert.DoesNotContain(loaded.Roll.Voters, v => v.Id is { } id && excluded.Contains(id));
        Assert.All(Enum.GetValues<NominationState>(), state => Assert.Contains(loaded.Candidates, c => c.State == state));
        Assert.True(loaded.Candidates.Count > config.Seats, "the sample election is contested");
    }

    [Fact]
    public void Load_ExcludedAccountOnRoll_ReportedAtTheRollLine()
    {
        var folder = CopySample();
        var roll = Path.Combine(folder, "voters.json");
        var text = File.ReadAllText(roll).Replace("\"id\": 1000044", "\"id\": 9100002", StringComparison.Ordinal);
        File.WriteAllText(roll, text);

        var loaded = ElectionFolder.Load(folder);

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("voters.json", problem.File);
        Assert.True(problem.Line > 0);
        Assert.Contains("9100002", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OfficialNominatedWhileConfigHasAnotherProblem_ReportsBoth()
    {
        var folder = CopySample();
        var config = Path.Combine(folder, "config", "election.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("seats: 7", "seats: 0", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "candidates", "omar-ec.md"), "");

        var loaded = ElectionFolder.Load(folder);

        Assert.False(loaded.TryGetConfig(out _));
        Assert.Contains(loaded.Problems, p => p.File == "config/election.yml" && p.Field == "seats");
        Assert.Contains(loaded.Problems, p => p.File == "candidates/omar-ec.md" && p.Message.Contains("official", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MinimumAboveRollSize_ReportedAtTheConfigLine()
    {
        var folder = CopySample();
        File.WriteAllText(Path.Combine(folder, "voters.json"), """
            {"format": "elections/voters", "version": 1, "voters": [
              {"id": 1000001, "login": "amara-okafor", "email": "amara@example.org", "source": {"kind": "automatic"}, "status": "active"}
            ]}
            """);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "candidates")))
        {
            File.Delete(file);
        }

        var loaded = ElectionFolder.Load(folder);

        Assert.Equal(["endorsements.min_endorsers", "endorsements.min_independent"], loaded.Problems.Select(p => p.Field));
        Assert.All(loaded.Problems, p => Assert.Equal("config/election.yml", p.File));
    }
}
