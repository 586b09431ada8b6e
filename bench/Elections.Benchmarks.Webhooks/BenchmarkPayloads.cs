using System.Globalization;
using System.Text;
using Elections.Tests.Support;

namespace Elections.Benchmarks.Webhooks;

/// <summary>
/// The real <c>issue_comment.created</c> payload (recorded from @octokit/webhooks-examples, about 14 KB), built
/// once with markers and then stamped per delivery, so the client spends microseconds, not a JSON parse and
/// serialise, per request on the cores it shares with the hosts (that time would count as latency).
/// </summary>
internal static class BenchmarkPayloads
{
    private const string RunMarker = "RUNMARKER";
    private const long CommentMarker = 987654321012;
    private const long IssueMarker = 987654321013;

    private static readonly string Template =
        CommentPayloads.Create(CommentMarker, $"!ping {RunMarker}", repository: $"acme/{RunMarker}", issueNumber: IssueMarker);

    /// <summary>Delivery <paramref name="i"/> of <paramref name="run"/>: its own comment and its own subject (<c>acme/run#i+1</c>).</summary>
    public static byte[] Create(string run, int i) =>
        Encoding.UTF8.GetBytes(new StringBuilder(Template)
            .Replace(RunMarker, run)
            .Replace(CommentMarker.ToString(CultureInfo.InvariantCulture), i.ToString(CultureInfo.InvariantCulture))
            .Replace(IssueMarker.ToString(CultureInfo.InvariantCulture), (i + 1).ToString(CultureInfo.InvariantCulture))
            .ToString());
}
