using System.CommandLine;

namespace Elections.Cli;

/// <summary>Options shared by every command.</summary>
internal static class GlobalOptions
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Show details, including stack traces on failure",
        Recursive = true,
    };

    /// <summary>A fresh <c>--json</c> option for commands whose output is data.</summary>
    public static Option<bool> Json() => new("--json")
    {
        Description = "Write the result as JSON on standard output",
    };

    /// <summary>A fresh <c>--repo</c> option: the election repository folder.</summary>
    public static Option<DirectoryInfo> Repo() => new("--repo")
    {
        Description = "The election repository (holds config/election.yml, voters.json, candidates/)",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    /// <summary>A fresh <c>--github</c> option: the election repository on GitHub.</summary>
    public static Option<string?> GitHub() => new("--github")
    {
        Description = "The election repository on GitHub, OWNER/REPO (default: $GITHUB_REPOSITORY); token from GH_TOKEN, API from ELECTIONS_GITHUB_API_URL",
        DefaultValueFactory = _ => CliEnvironment.Get("GITHUB_REPOSITORY"),
    };
}
