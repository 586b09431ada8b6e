using Elections.App.Plans;

namespace Elections.App.Effects;

/// <summary>Post a comment on an issue or pull request.</summary>
public sealed record CommentEffect : Effect
{
    /// <summary><c>owner/name</c>.</summary>
    public required string Repository { get; init; }

    public required int IssueNumber { get; init; }

    public required string Body { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"comment on {Repository}#{IssueNumber}: {Shorten(Body)}";

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : line[..57] + "...";
    }
}
