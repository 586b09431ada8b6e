using System.Diagnostics;
using Elections.Infrastructure.GitHub.Adapters;

namespace Elections.Infrastructure.Tests.GitHub.Contract;

/// <summary>
/// The GraphQL documents the client sends validate against GitHub's published schema (npm @octokit/graphql-schema,
/// pinned in tests/contract/package.json; its own <c>validate</c>, run with node). Install with <c>npm ci --prefix tests/contract</c>.
/// </summary>
public sealed class GraphQlSchemaTests
{
    private const string Package = "tests/contract/node_modules/@octokit/graphql-schema/index.js";

    public static TheoryData<string, string> Documents => new()
    {
        { "pinIssue", OctokitIssues.PinIssueMutation },
        { "merged pull request search", OctokitSearch.MergedPullRequestsQuery },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Document_ValidatesAgainstGitHubsSchema(string name, string document)
    {
        var package = FindPackage();
        Assert.True(package is not null, $"{Package} is not installed; run: npm ci --prefix tests/contract");

        var errors = await ValidateAsync(package, document);

        Assert.True(errors.Length == 0, $"{name}: {errors}");
    }

    [Fact]
    public async Task Validator_RejectsAFieldTheSchemaLacks()
    {
        var package = FindPackage();
        Assert.True(package is not null, $"{Package} is not installed; run: npm ci --prefix tests/contract");

        var errors = await ValidateAsync(package, OctokitIssues.PinIssueMutation.Replace("number", "pinnedNumber", StringComparison.Ordinal));

        Assert.Contains("pinnedNumber", errors, StringComparison.Ordinal);
    }

    /// <summary>The validation errors node prints, one per line; empty when the document is valid.</summary>
    private static async Task<string> ValidateAsync(string package, string document)
    {
        var script = $"import {{ validate }} from {System.Text.Json.JsonSerializer.Serialize(new Uri(package).AbsoluteUri)};" +
            "let text = ''; process.stdin.on('data', d => text += d); process.stdin.on('end', () => { for (const e of validate(text)) console.log(e.message); });";
        var start = new ProcessStartInfo("node", ["--input-type=module", "-e", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(document);
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync();
        var error = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, error);
        return output.Trim();
    }

    private static string? FindPackage()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Elections.sln")))
            {
                var path = Path.Combine(dir.FullName, Package);
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
