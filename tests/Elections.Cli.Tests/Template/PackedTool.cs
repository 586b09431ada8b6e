using System.Diagnostics;
using System.Reflection;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Template;

/// <summary>
/// The <c>elections</c> tool packed once per test run into a local NuGet feed, as
/// <c>scripts/pack-tool.sh</c> does (from the build the tests already use, so no second build).
/// </summary>
public sealed class PackedTool : IDisposable
{
    public PackedTool()
    {
        Version = $"0.0.0-test.{Environment.ProcessId}";
        Feed = Directory.CreateTempSubdirectory("elections-feed-").FullName;
        var configuration = typeof(PackedTool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var project = Path.Combine(SampleRepository.Root(), "src", "Elections.Cli");
        var built = File.Exists(Path.Combine(project, "bin", configuration, "net10.0", "elections.dll"));
        var result = Shell.Run(
            SampleRepository.Root(),
            "dotnet",
            ["pack", project, "-c", configuration, "-o", Feed, "-nologo", "-v", "quiet", $"-p:Version={Version}", .. built ? new[] { "--no-build" } : []],
            new Dictionary<string, string>(StringComparer.Ordinal));
        if (result.Exit != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed ({result.Exit}):\n{result.Output}\n{result.Error}");
        }
    }

    /// <summary>The packed version (unique per run, so no NuGet cache can answer for it).</summary>
    public string Version { get; }

    /// <summary>A folder holding <c>Elections.Cli.{Version}.nupkg</c>.</summary>
    public string Feed { get; }

    public void Dispose() => Directory.Delete(Feed, recursive: true);
}

/// <summary>Runs a process to its end with captured output.</summary>
internal static class Shell
{
    public static (int Exit, string Output, string Error) Run(string directory, string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
