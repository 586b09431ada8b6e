using System.Text;
using Elections.Core.Ballots.Formats;
using Elections.Core.Validation;
using static Elections.Core.Tests.Ballots.Formats.BallotText;

namespace Elections.Core.Tests.Ballots.Formats;

public sealed class BltReaderParallelTests
{
    private const int Ballots = 20_000;

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void Read_PlainBallotsOnSeveralThreads_SameBoxAsOneThread(int threads, bool weighted)
    {
        var text = Blt(Ballots, line => weighted && line % 7 == 0 ? 3 : 1, _ => null);

        var sequential = Read(text, threads: 1);
        var parallel = Read(text, threads);

        AssertSameFile(sequential, parallel);
        Assert.Equal(Ballots, parallel.Ballots.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_NonPlainLinesInSecondHalf_SameBoxAsOneThread(int threads)
    {
        // A comment, a tab, an equal rank and a trailing blank late in the file stop the fast path there;
        // the comment holds no ballot, so the ballots after it sit one place earlier.
        var text = Blt(Ballots, _ => 1, line => line switch
        {
            14_000 => "# a comment in the middle",
            15_000 => "2\t3 1 0",
            16_000 => "1 2=3 0",
            19_999 => "4 1 2 3 0 ",
            _ => null,
        });

        var sequential = Read(text, threads: 1);
        var parallel = Read(text, threads);

        AssertSameFile(sequential, parallel);
        var rendered = Render(parallel.Ballots);
        Assert.Equal(["2:C>A", "1:B=C"], [rendered[14_998], rendered[15_998]]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_ErrorInSecondHalf_ReportsItsLineNumber(int threads)
    {
        // Line 2 holds ballot 1, so ballot n is on line n + 1.
        var text = Blt(Ballots, _ => 1, line => line == 17_000 ? "1 2 9 0" : null);

        var error = Assert.Throws<InvalidInputException>(() => Read(text, threads));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(17_001, problem.Line);
        Assert.Equal(5, problem.Column);
        Assert.Contains("candidate 9 does not exist", problem.Message, StringComparison.Ordinal);
    }

    private static BallotFile Read(string text, int threads)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        var log = new ProblemLog("parallel.blt");
        var lines = new ByteLineReader(stream, log, BallotReadOptions.DefaultMaxLineBytes);
        return new BltReader(lines, log, parallelMinBytes: 0, threads: threads).Read();
    }

    /// <summary>A BLT with five candidates; ballot n (1-based) is replaced by <paramref name="special"/>(n) when that is not null.</summary>
    private static string Blt(int ballots, Func<int, int> weight, Func<int, string?> special)
    {
        var text = new StringBuilder("5 2\n");
        var random = new Random(7);
        for (var n = 1; n <= ballots; n++)
        {
            var line = special(n);
            if (line is null)
            {
                var order = Enumerable.Range(1, 5).OrderBy(_ => random.Next()).Take(random.Next(0, 6));
                line = $"{weight(n)} {string.Join(' ', order.Append(0))}";
            }

            text.Append(line).Append(n % 3 == 0 ? "\r\n" : "\n");
        }

        return text.Append("0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"E\"\n\"Parallel\"\n").ToString();
    }

    private static void AssertSameFile(BallotFile expected, BallotFile actual)
    {
        Assert.Equal(expected.Ballots.Count, actual.Ballots.Count);
        Assert.Equal(expected.Ballots.TotalWeight, actual.Ballots.TotalWeight);
        Assert.Equal(expected.EmptyBallots, actual.EmptyBallots);
        Assert.Equal(expected.Ballots.Candidates, actual.Ballots.Candidates);
        Assert.Equal(expected.Warnings.Select(w => w.ToString()), actual.Warnings.Select(w => w.ToString()));
        Assert.Equal(Render(expected.Ballots), Render(actual.Ballots));
    }
}
