using System.Text;
using Elections.Core.Ballots.Formats;
using Elections.Core.Validation;
using static Elections.Core.Tests.Ballots.Formats.BallotText;

namespace Elections.Core.Tests.Ballots.Formats;

public sealed class XlsxCvrReaderTests
{
    private static readonly string?[] EssHeader = ["Precinct", "1ST CHOICE PARK BOARD", "2ND CHOICE PARK BOARD", "3RD CHOICE PARK BOARD", "COUNT"];

    [Fact]
    public void Read_SharedInlineAndNumberCells_AppliesTheCvrRules()
    {
        var bytes = TestWorkbook.Build(
        [
            EssHeader,
            ["P-1", "ANN", "overvote", "=BOB", "#1"],
            ["P-2", "undervote", "undervote", "BOB", "#3"],
            ["P-3", "=ANN", "ANN", "CY", "#1"],
        ]);

        var file = BallotReader.Read(bytes, "park.xlsx", new BallotReadOptions { CvrRules = CvrRules.Portland with { SkippedLabels = ["undervote"] } });

        Assert.Equal(BallotFormat.CvrXlsx, file.Format);
        Assert.Equal(["1:ANN>BOB", "3:BOB", "1:ANN>CY"], Render(file.Ballots));
        Assert.Equal(6, file.SkippedRanks);
    }

    [Fact]
    public void Read_SameRowsAsCsv_GivesTheSameBallots()
    {
        string[][] rows =
        [
            ["Precinct", "rank1", "rank2", "rank3"],
            ["P1", "ANN", "overvote", "BOB"],
            ["P1", "undervote", "ANN", "BOB"],
            ["P2", "ANN", "undervote", "undervote"],
            ["P2", "undervote", "undervote", "BOB"],
            ["P3", "ANN", "ANN", "BOB"],
            ["P3", "CY", "UWI", "ANN"],
        ];
        var csv = string.Join('\n', rows.Select(r => string.Join(',', r))) + "\n";

        var fromCsv = Read(csv);
        var fromXlsx = BallotReader.Read(TestWorkbook.Build(rows), "same.xlsx");

        Assert.Equal(Render(fromCsv.Ballots), Render(fromXlsx.Ballots));
        Assert.Equal(fromCsv.Ballots.Candidates, fromXlsx.Ballots.Candidates);
        Assert.Equal(fromCsv.EmptyBallots, fromXlsx.EmptyBallots);
        Assert.Equal(1, fromXlsx.EmptyBallots);
    }

    [Fact]
    public void Read_CellsLeftOut_AreSkippedRanks()
    {
        var bytes = TestWorkbook.Build([["rank1", "rank2", "rank3"], [null, "ANN", "BOB"], ["CY"]]);

        var file = BallotReader.Read(bytes, "sparse.xlsx", new BallotReadOptions { CvrRules = CvrRules.Portland });

        Assert.Equal(["1:ANN>BOB", "1:CY"], Render(file.Ballots));
        Assert.Equal(3, file.SkippedRanks);
    }

    [Fact]
    public void Read_NonSeekableStream_ReadsTheSameWorkbook()
    {
        var bytes = TestWorkbook.Build([["rank1", "rank2"], ["ANN", "BOB"], ["BOB", "=ANN"]]);
        using var stream = new ForwardOnlyStream(bytes);

        var file = BallotReader.Read(stream, "piped.xlsx", new BallotReadOptions { CvrRules = CvrRules.Portland });

        Assert.Equal(["1:ANN>BOB", "1:BOB>ANN"], Render(file.Ballots));
    }

    [Fact]
    public void Read_BadCount_NamesTheCell()
    {
        var bytes = TestWorkbook.Build([EssHeader, ["P-1", "ANN", "BOB", "CY", "#1"], ["P-2", "ANN", "BOB", "CY", "=two"]], "Marked Sheet");

        var problem = Assert.Throws<InvalidInputException>(() => BallotReader.Read(bytes, "park.xlsx")).Problems[0];

        Assert.Equal("park.xlsx", problem.File);
        Assert.Equal(3, problem.Line);
        Assert.Equal(5, problem.Column);
        Assert.Equal("'Marked Sheet'!E3", problem.Field);
    }

    [Fact]
    public void Read_SharedStringIndexOutOfRange_NamesTheCell()
    {
        var parts = TestWorkbook.Parts([["rank1", "rank2"], ["ANN", "BOB"]]);
        parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].Replace("<c r=\"B2\" t=\"s\"><v>3</v>", "<c r=\"B2\" t=\"s\"><v>99</v>", StringComparison.Ordinal);

        var problem = Assert.Throws<InvalidInputException>(() => BallotReader.Read(TestWorkbook.Zip(parts), "f.xlsx")).Problems[0];

        Assert.Equal("Sheet1!B2", problem.Field);
        Assert.Contains("shared string '99'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBomb_StopsAtTheRatioLimit()
    {
        var bytes = TestWorkbook.Bomb("xl/worksheets/sheet1.xml", 64L << 20);

        var problem = Assert.Throws<InvalidInputException>(() => BallotReader.Read(bytes, "bomb.xlsx")).Problems[0];

        Assert.Equal("xl/worksheets/sheet1.xml", problem.Field);
        Assert.Contains("zip bomb", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MoreThanTheInflateBudget_Stops()
    {
        var rows = new List<IReadOnlyList<string?>> { new[] { "rank1", "rank2" } };
        rows.AddRange(Enumerable.Range(0, 200).Select(i => new[] { $"=A{i}", $"=B{i}" }));
        using var stream = new MemoryStream(TestWorkbook.Build(rows));

        var reader = new XlsxCvrReader(stream, new ProblemLog("big.xlsx"), CvrRules.Portland, maxInflatedBytes: 4000);
        var problem = Assert.Throws<InvalidInputException>(reader.Read).Problems[0];

        Assert.Contains("more than 4,000 bytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipWithoutWorkbook_SaysItIsNotAnXlsx()
    {
        var bytes = TestWorkbook.Zip(new Dictionary<string, string> { ["notes.txt"] = "hello" });

        var problem = Assert.Throws<InvalidInputException>(() => BallotReader.Read(bytes, "notes.zip")).Problems[0];

        Assert.Equal("notes.zip", problem.File);
        Assert.Contains("not an .xlsx workbook", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WorkbookWithoutItsSheet_SaysWhichPartIsMissing()
    {
        var parts = TestWorkbook.Parts([["rank1"], ["ANN"]]);
        parts.Remove("xl/worksheets/sheet1.xml");

        var problem = Assert.Throws<InvalidInputException>(() => BallotReader.Read(TestWorkbook.Zip(parts), "f.xlsx")).Problems[0];

        Assert.Contains("xl/worksheets/sheet1.xml", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'Sheet1'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadXml_NamesThePartAndLine()
    {
        var parts = TestWorkbook.Parts([["rank1"], ["ANN"]]);
        parts["xl/worksheets/sheet1.xml"] = "<?xml version=\"1.0\"?>\n<worksheet><sheetData><row>\n<c></row></sheetData></worksheet>";

        var problem = Assert.Throws<InvalidInputException>(() => BallotReader.Read(TestWorkbook.Zip(parts), "f.xlsx")).Problems[0];

        Assert.Equal("xl/worksheets/sheet1.xml", problem.Field);
        Assert.Equal(3, problem.Line);
        Assert.Contains("bad XML", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DtdInAPart_IsRefused()
    {
        var parts = TestWorkbook.Parts([["rank1"], ["ANN"]]);
        parts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaa\">]><sst><si><t>&a;</t></si></sst>";

        var problem = Assert.Throws<InvalidInputException>(() => BallotReader.Read(TestWorkbook.Zip(parts), "f.xlsx")).Problems[0];

        Assert.Equal("xl/sharedStrings.xml", problem.Field);
    }

    [Fact]
    public void Read_TruncatedAtManyPoints_FailsCleanly()
    {
        var bytes = TestWorkbook.Build([["rank1", "rank2"], ["ANN", "BOB"], ["=CY", "ANN"]]);
        var failures = 0;
        for (var length = 4; length < bytes.Length; length += 7)
        {
            var exception = Assert.Throws<InvalidInputException>(() => BallotReader.Read(bytes.AsMemory(0, length), "cut.xlsx"));
            Assert.All(exception.Problems, p => Assert.Equal("cut.xlsx", p.File));
            failures++;
        }

        Assert.True(failures > 50);
    }

    [Fact]
    public void Read_RandomBytesAfterTheZipSignature_FailCleanly()
    {
        var random = new Random(2013);
        for (var trial = 0; trial < 200; trial++)
        {
            var bytes = new byte[random.Next(4, 3000)];
            random.NextBytes(bytes);
            "PK\u0003\u0004"u8.CopyTo(bytes);

            var exception = Assert.Throws<InvalidInputException>(() => BallotReader.Read(bytes, "noise.xlsx"));

            Assert.Equal("noise.xlsx", exception.Problems[0].File);
        }
    }

    [Fact]
    public void Read_CorruptedWorkbookBytes_FailCleanlyOrRead()
    {
        var original = TestWorkbook.Build([["rank1", "rank2"], ["ANN", "BOB"], ["=CY", "ANN"]]);
        var random = new Random(7);
        for (var trial = 0; trial < 300; trial++)
        {
            var bytes = (byte[])original.Clone();
            bytes[random.Next(4, bytes.Length)] = (byte)random.Next(256);
            try
            {
                Assert.True(BallotReader.Read(bytes, "flip.xlsx").Ballots.Count >= 0);
            }
            catch (InvalidInputException exception)
            {
                Assert.Equal("flip.xlsx", exception.Problems[0].File);
            }
        }
    }

    [Fact]
    public void Read_XlsxFormatForcedOnText_SaysItIsNotAWorkbook()
    {
        var problem = Problems("rank1\nANN\n", BallotFormat.CvrXlsx)[0];

        Assert.Contains("not an .xlsx workbook", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDetect_ZipSignature_IsXlsx()
    {
        Assert.True(BallotReader.TryDetect(TestWorkbook.Build([["rank1"]]), out var format));
        Assert.Equal(BallotFormat.CvrXlsx, format);
        Assert.False(BallotReader.TryDetect(Encoding.ASCII.GetBytes("PK"), out _));
    }

    /// <summary>A stream that can only be read forwards, like standard input.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Position
        {
            get => base.Position;
            set => throw new NotSupportedException();
        }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}
