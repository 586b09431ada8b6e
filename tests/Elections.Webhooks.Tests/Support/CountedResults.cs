using System.Diagnostics;
using System.Text;
using Elections.App.Candidacy;
using Elections.Core.Candidacy;
using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Snapshots;
using Elections.Tests.Support;

namespace Elections.Webhooks.Tests.Support;

/// <summary>
/// The sample election after voting, counted by the real <c>elections results</c> (a child process of elections.dll):
/// the lock-in record <c>elections candidates finalise</c> would publish for its candidate files, thirty ballots as
/// OpaVote exports them, and the <c>results/</c> files the committee commits in the results pull request.
/// </summary>
public sealed class CountedResults : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "elections-results-" + Guid.NewGuid().ToString("N"));

    /// <summary>The election's files on the default branch: the sample with its lock-in record.</summary>
    public Dictionary<string, string> BaseFiles { get; } = new(SampleElection.Files, StringComparer.Ordinal);

    /// <summary>What <c>elections results</c> wrote under <c>results/</c>, repository path → text.</summary>
    public Dictionary<string, string> Results { get; } = new(StringComparer.Ordinal);

    public async Task InitializeAsync()
    {
        var config = ElectionConfigParser.Parse(BaseFiles[ElectionLayout.ConfigPath], ElectionLayout.ConfigPath).GetValidConfig();
        var locked = BaseFiles.Keys.Where(p => p.StartsWith("candidates/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(path =>
        {
            var form = CandidateFileParser.Parse(path, BaseFiles[path]).Candidate.Form;
            return new LockInCandidate(Path.GetFileNameWithoutExtension(path), 0, form.Name, path, LockIn.FileDigest(Encoding.UTF8.GetBytes(BaseFiles[path])));
        }).ToList();
        BaseFiles[LockInFile.Path] = LockInFile.Render(config, locked, []);
        SampleElection.WriteTo(_folder, BaseFiles);
        var ballots = Path.Combine(_folder, "opavote.blt");
        await File.WriteAllTextAsync(ballots, Blt(config.Name, [.. locked.Select(c => c.Name.Length > 0 ? c.Name : c.Login)]));

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "elections.dll"), "results", "--repo", _folder, "--ballots", ballots })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        Assert.True(child.ExitCode == 0, await output + await error);
        foreach (var name in new[] { "results.json", "ballots.blt", "ballots.sha256", "results.md", "report.html" })
        {
            Results[$"results/{name}"] = await File.ReadAllTextAsync(Path.Combine(_folder, "results", name));
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Thirty ballots over the candidates, each ranking four of them, rotating, so the count has a definite result.</summary>
    private static string Blt(string title, IReadOnlyList<string> names)
    {
        var text = new StringBuilder($"{names.Count} 7\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append("1 ").Append(string.Join(' ', Enumerable.Range(0, 4).Select(k => ((i % 5) + k) % names.Count + 1))).Append(" 0\n");
        }

        text.Append("0\n");
        foreach (var name in names)
        {
            text.Append('"').Append(name).Append("\"\n");
        }

        return text.Append('"').Append(title).Append("\"\n").ToString();
    }
}
