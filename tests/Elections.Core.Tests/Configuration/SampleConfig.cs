using Elections.Core.Configuration;

namespace Elections.Core.Tests.Configuration;

/// <summary>The repository's sample config/election.yml, and variations of it for bad-input tests.</summary>
internal static class SampleConfig
{
    public const string File = "config/election.yml";

    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Elections.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return directory.FullName;
    });

    private static readonly Lazy<string> SampleText = new(() => System.IO.File.ReadAllText(Path.Combine(RepositoryRoot, "config", "election.yml")));

    /// <summary>The folder holding Elections.sln and the sample election.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string Text => SampleText.Value;

    /// <summary>The sample with one exact, unique fragment replaced.</summary>
    public static string With(string find, string replace) => With(Text, find, replace);

    public static string With(string text, string find, string replace)
    {
        var first = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(first >= 0, $"fragment not in the sample: {find}");
        Assert.True(text.IndexOf(find, first + 1, StringComparison.Ordinal) < 0, $"fragment not unique in the sample: {find}");
        return string.Concat(text.AsSpan(0, first), replace, text.AsSpan(first + find.Length));
    }

    /// <summary>The 1-based line where <paramref name="fragment"/> first occurs.</summary>
    public static int LineOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"fragment not found: {fragment}");
        return text.AsSpan(0, index).Count('\n') + 1;
    }

    public static ConfigParseResult Parse(string text) => ElectionConfigParser.Parse(text, File);

    public static ElectionConfig Valid(string text)
    {
        var result = Parse(text);
        Assert.Empty(result.Problems);
        return result.GetValidConfig();
    }
}
