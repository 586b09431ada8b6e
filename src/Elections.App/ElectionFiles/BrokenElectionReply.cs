using System.Text;
using Elections.App.Effects;
using Elections.App.Plans;
using Elections.Core.Snapshots;

namespace Elections.App.ElectionFiles;

/// <summary>
/// The bot's reply when the default branch holds a broken election: the problems exactly as
/// <c>elections validate</c> prints them, and what happens next (DESIGN principle 6).
/// </summary>
public static class BrokenElectionReply
{
    /// <summary>At most this many problem lines are quoted; the rest are counted (a comment holds at most 65,536 characters).</summary>
    public const int MaxLines = 50;

    /// <summary>
    /// The comment on <paramref name="repository"/>#<paramref name="issueNumber"/> for <paramref name="snapshot"/>
    /// read at <paramref name="revision"/>, keyed so it is posted once per repository, revision and issue.
    /// </summary>
    public static CommentEffect For(string repository, string revision, int issueNumber, ElectionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new CommentEffect
        {
            IdempotencyKey = $"election-broken:{repository}:{revision}:{issueNumber}",
            Repository = repository,
            IssueNumber = issueNumber,
            Body = Body(revision, snapshot),
        };
    }

    /// <summary>The comment's Markdown.</summary>
    public static string Body(string revision, ElectionSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var lines = ElectionReport.Lines(snapshot);
        var problems = lines.Take(lines.Count - 1).ToList();
        var text = new StringBuilder();
        text.Append("The election files on the default branch (").Append(Short(revision)).Append(") have problems, ")
            .Append("so the bot does nothing with this until they are fixed:\n\n```text\n");
        foreach (var line in problems.Take(MaxLines))
        {
            text.Append(line).Append('\n');
        }

        if (problems.Count > MaxLines)
        {
            text.Append("... and ").Append(problems.Count - MaxLines).Append(" more\n");
        }

        text.Append(lines[^1]).Append("\n```\n\n")
            .Append("An election official fixes them on the default branch (`elections validate` shows the same list); ")
            .Append("the bot reads the election again at the next commit. See docs/configuration.md.\n");
        return text.ToString();
    }

    private static string Short(string revision) => revision.Length > 12 ? $"`{revision[..12]}`" : $"`{revision}`";
}
