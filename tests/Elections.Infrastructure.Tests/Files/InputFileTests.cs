using System.Diagnostics;
using Elections.Core.Validation;
using Elections.Infrastructure.Files;

namespace Elections.Infrastructure.Tests.Files;

/// <summary>The one opener of input files (issue 8, item 3): only regular files inside the repository, size capped.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("elections-input-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Repo => Path.Combine(_root.FullName, "repo");

    private string Write(string relative, string text)
    {
        var path = Path.Combine(Repo, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static Problem Refusal(Action read) => Assert.Single(Assert.Throws<InvalidInputException>(read).Problems);

    [Fact]
    public void ReadRepositoryText_RegularFile_ReturnsItsText()
    {
        Write("config/election.yml", "name: x\n");

        Assert.Equal("name: x\n", InputFile.ReadRepositoryText(Repo, "config/election.yml"));
    }

    [Fact]
    public void ReadRepositoryText_SymlinkToEtcPasswd_RefusedWithoutItsContents()
    {
        Directory.CreateDirectory(Path.Combine(Repo, "config"));
        File.CreateSymbolicLink(Path.Combine(Repo, "config", "election.yml"), "/etc/passwd");

        var problem = Refusal(() => InputFile.ReadRepositoryText(Repo, "config/election.yml"));

        Assert.Equal("config/election.yml", problem.File);
        Assert.Contains("symbolic link", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRepositoryText_FolderOnThePathIsASymlink_Refused()
    {
        var outside = Path.Combine(_root.FullName, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "election.yml"), "name: x\n");
        Directory.CreateDirectory(Repo);
        Directory.CreateSymbolicLink(Path.Combine(Repo, "config"), outside);

        var problem = Refusal(() => InputFile.ReadRepositoryText(Repo, "config/election.yml"));

        Assert.Contains("the folder config/ is a symbolic link", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRepositoryBytes_LinkToDevZero_RefusedAtOnce()
    {
        Directory.CreateDirectory(Path.Combine(Repo, "candidates"));
        File.CreateSymbolicLink(Path.Combine(Repo, "candidates", "zero.md"), "/dev/zero");

        var problem = Refusal(() => InputFile.ReadRepositoryBytes(Repo, "candidates/zero.md"));

        Assert.Equal("candidates/zero.md", problem.File);
    }

    [Theory]
    [InlineData("../outside.yml")]
    [InlineData("config/../voters.json")]
    [InlineData("/etc/passwd")]
    public void ReadRepositoryText_PathLeavingTheRepository_Refused(string relative)
    {
        Write("voters.json", "{}");

        var problem = Refusal(() => InputFile.ReadRepositoryText(Repo, relative));

        Assert.Contains("not a plain path inside the repository", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_NamedPipe_RefusedWithoutWaitingForAWriter()
    {
        Directory.CreateDirectory(Repo);
        var fifo = Path.Combine(Repo, "voters.json");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var problem = Refusal(() => InputFile.ReadText(fifo, "voters.json"));

        Assert.Contains("named pipe", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_Device_Refused()
    {

        var problem = Refusal(() => InputFile.ReadText("/dev/zero", "ballots.blt"));

        Assert.Contains("is a device", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRepositoryBytes_OverTheLimit_Refused()
    {
        Write("voters.json", new string('x', 101));

        var problem = Refusal(() => InputFile.ReadRepositoryBytes(Repo, "voters.json", maxBytes: 100));

        Assert.Contains("file is 101 bytes, over the 100-byte limit", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRepositoryText_Missing_SaysWhatToDo()
    {
        Directory.CreateDirectory(Repo);

        var problem = Refusal(() => InputFile.ReadRepositoryText(Repo, "config/election.yml", whenMissing: "create it"));

        Assert.Contains("file not found; create it", problem.Message, StringComparison.Ordinal);
    }
}
