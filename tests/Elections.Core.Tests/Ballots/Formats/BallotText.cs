using System.Text;
using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Ballots.Formats;

/// <summary>Helpers shared by the format tests: read text, render ballots, catch problems.</summary>
internal static class BallotText
{
    public static BallotFile Read(string text, BallotFormat? format = null, CvrRules? rules = null) =>
        BallotReader.Read(text, "test.txt", new BallotReadOptions { Format = format, CvrRules = rules });

    public static IReadOnlyList<Problem> Problems(string text, BallotFormat? format = null)
    {
        var exception = Assert.Throws<InvalidInputException>(() => Read(text, format));
        return exception.Problems;
    }

    /// <summary>Ballots as "weight:a>b=c" strings with candidate names, in file order.</summary>
    public static IReadOnlyList<string> Render(BallotBox box)
    {
        var lines = new List<string>();
        for (var i = 0; i < box.Count; i++)
        {
            var text = new StringBuilder();
            text.Append(box.WeightOf(i)).Append(':');
            var first = true;
            foreach (var entry in box.EntriesOf(i))
            {
                if (!first)
                {
                    text.Append(RankEntry.IsTiedWithPrevious(entry) ? '=' : '>');
                }

                text.Append(box.Candidates[RankEntry.Candidate(entry)]);
                first = false;
            }

            lines.Add(text.ToString());
        }

        return lines;
    }
}
