using System.Diagnostics;
using Elections.Cli.Tests.Support;
using Xunit.Abstractions;

namespace Elections.Cli.Tests.Commands;

/// <summary>
/// Runs the hostile-input corpus (tests/hostile: issue 8's cases and those that already behaved)
/// through the real CLI, one child process per case with a time and a memory limit; the script
/// prints one line per case and fails when any case exits wrongly, does not name its file, prints a
/// stack trace or goes over a limit.
/// </summary>
public sealed class HostileCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RunScript_EveryHostileCase_BehavesWithinLimits()
    {
        var root = SampleRepository.Root();
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(root, "tests", "hostile", "run.sh"), Path.Combine(AppContext.BaseDirectory, "elections.dll") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        output.WriteLine(await stdout);
        output.WriteLine(await stderr);

        Assert.True(process.ExitCode == 0, $"hostile cases failed:\n{await stdout}\n{await stderr}");
        Assert.Contains("validate-yaml-self-alias", await stdout, StringComparison.Ordinal);
    }
}
