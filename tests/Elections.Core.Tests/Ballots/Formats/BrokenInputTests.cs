using System.Text;
using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Ballots.Formats;

/// <summary>The "done when" corpus: every parser survives broken input with a clear error and bounded memory.</summary>
public sealed class BrokenInputTests
{
    private static readonly BallotFormat?[] Formats =
        [null, BallotFormat.Blt, BallotFormat.Civs, BallotFormat.CivsProportional, BallotFormat.CivsUpload, BallotFormat.Debian, BallotFormat.Cvr, BallotFormat.CvrXlsx];

    private static readonly string[] SmallFiles =
    [
        "3 2\n-2\n[nick a b c]\n2 a b=c 0\n(x) 1 c - a 0\n0\n\"A\"\n\"B \"\"b\"\"\"\nTitle\n",
        "a,b,c\n1,2,No opinion\n3,3,1\n",
        "# a,b,c\n1,2,3\n",
        "Option 1-->: A\nOption 2->: B\nV: 12 \t\tabc\nV: -1 \t\tdef\n",
        "Precinct,rank1,rank2\nP,A,overvote\nP,undervote,B\n",
    ];

    [Fact]
    public void Read_RandomBytes_FailsCleanlyInEveryFormat()
    {
        var random = new Random(20240917);
        for (var trial = 0; trial < 200; trial++)
        {
            var bytes = new byte[random.Next(1, 2000)];
            random.NextBytes(bytes);
            foreach (var format in Formats)
            {
                AssertCleanOutcome(bytes, format);
            }
        }
    }

    [Fact]
    public void Read_RandomPrintableNoise_FailsCleanlyInEveryFormat()
    {
        const string alphabet = "0123456789 -=,\"#/*()[]\nVabc:\r\t";
        var random = new Random(7);
        for (var trial = 0; trial < 300; trial++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            foreach (var format in Formats)
            {
                AssertCleanOutcome(Encoding.UTF8.GetBytes(chars), format);
            }
        }
    }

    [Fact]
    public void Read_TruncatedAtEveryByte_FailsCleanlyOrReadsAPrefix()
    {
        foreach (var file in SmallFiles)
        {
            var bytes = Encoding.UTF8.GetBytes(file);
            for (var length = 0; length <= bytes.Length; length++)
            {
                AssertCleanOutcome(bytes.AsSpan(0, length).ToArray(), null);
            }
        }
    }

    [Theory]
    [InlineData("3 99999999999999999999999\n")]
    [InlineData("99999999999999999999999 1\n")]
    [InlineData("3 1\n-99999999999999999999999\n")]
    [InlineData("3 1\n1 99999999999999999999999 0\n")]
    [InlineData("a,b\n1,99999999999999999999999\n")]
    public void Read_OverflowingNumber_ReportsLineAndColumn(string text)
    {
        var exception = Assert.Throws<InvalidInputException>(() => BallotReader.Read(text, "f.blt"));

        Assert.True(exception.Problems[0].Line > 0, exception.Problems[0].ToString());
    }

    [Theory]
    [InlineData(BallotFormat.Blt, "3 1\n1 ")]
    [InlineData(BallotFormat.Civs, "a,b\n1,")]
    [InlineData(BallotFormat.CivsUpload, "# a,b\n1,")]
    [InlineData(BallotFormat.Debian, "Option 1->: A\nV: ")]
    [InlineData(BallotFormat.Cvr, "rank1\n")]
    public void Read_GigabyteLine_FailsEarlyWithBoundedReading(BallotFormat format, string prefix)
    {
        using var stream = new EndlessLineStream(Encoding.UTF8.GetBytes(prefix), 1L << 30);

        var exception = Assert.Throws<InvalidInputException>(() => BallotReader.Read(stream, "huge.txt", new BallotReadOptions { Format = format }));

        Assert.Contains("longer than", exception.Problems[^1].Message, StringComparison.Ordinal);
        Assert.True(stream.Served < 8L << 20, $"read {stream.Served:N0} bytes before failing");
    }

    [Fact]
    public void Read_GigabyteLineDetected_FailsEarly()
    {
        using var stream = new EndlessLineStream([], 1L << 30);

        Assert.Throws<InvalidInputException>(() => BallotReader.Read(stream, "huge.txt"));
        Assert.True(stream.Served < 8L << 20);
    }

    private static void AssertCleanOutcome(byte[] bytes, BallotFormat? format)
    {
        try
        {
            var file = BallotReader.Read(bytes, "noise.bin", new BallotReadOptions { Format = format });
            Assert.True(file.Ballots.Count >= 0);
        }
        catch (InvalidInputException exception)
        {
            Assert.NotEmpty(exception.Problems);
            Assert.All(exception.Problems, p => Assert.Equal("noise.bin", p.File));
            Assert.All(exception.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
        }
    }

    /// <summary>A stream that serves a prefix, then spaces without a newline, lazily (never allocating the whole line).</summary>
    [Fact]
    public void Read_SmallLineLimitAndLongerFile_ReadsEveryBallot()
    {
        var text = "3 1\n" + string.Concat(Enumerable.Repeat("1 1 2 3 0\n", 2000)) + "0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n";

        var file = BallotReader.Read(Encoding.UTF8.GetBytes(text), "small-limit.blt", new BallotReadOptions { MaxLineBytes = 1024 });

        Assert.Equal(2000, file.Ballots.TotalWeight);
    }

    [Fact]
    public void Read_LineOverASmallLimit_ReportsTheLine()
    {
        var text = "3 1\n1 1 2 3 0\n1 " + string.Concat(Enumerable.Repeat("1 ", 600)) + "0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n";

        var error = Assert.Throws<InvalidInputException>(() =>
            BallotReader.Read(Encoding.UTF8.GetBytes(text), "small-limit.blt", new BallotReadOptions { MaxLineBytes = 1024 }));

        Assert.Contains(error.Problems, p => p.Line == 3);
    }

    private sealed class EndlessLineStream(byte[] prefix, long length) : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => Served;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            for (var i = 0; i < n; i++)
            {
                var at = Served + i;
                buffer[offset + i] = at < prefix.Length ? prefix[at] : (byte)' ';
            }

            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
