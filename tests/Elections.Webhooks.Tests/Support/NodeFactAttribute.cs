namespace Elections.Webhooks.Tests.Support;

/// <summary>A fact that is skipped, with the reason shown, when <c>node</c> is not on the PATH.</summary>
internal sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (Node is null)
        {
            Skip = "node is not on the PATH: install Node.js 20 or later to run the @octokit/rest scenarios (tests/scenarios).";
        }
    }

    /// <summary>The full path of <c>node</c> on the PATH, or null.</summary>
    public static string? Node { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "node.exe" : "node"))
        .FirstOrDefault(File.Exists);
}
