using Elections.Cli.Progress;

namespace Elections.Cli.Tests.Commands;

public sealed class TerminalProgressTests
{
    [Theory]
    [InlineData(true, false, false, TerminalProgress.LargeFileBytes, true)]
    [InlineData(true, false, false, TerminalProgress.LargeFileBytes - 1, false)]
    [InlineData(true, true, false, TerminalProgress.LargeFileBytes, false)]
    [InlineData(true, false, true, TerminalProgress.LargeFileBytes, false)]
    [InlineData(false, false, false, TerminalProgress.LargeFileBytes, false)]
    public void Decide_OnlyLargeFilesOnAnUnredirectedTerminalWithoutJson(bool toConsole, bool redirected, bool json, long bytes, bool expected)
    {
        Assert.Equal(expected, TerminalProgress.Decide(toConsole, redirected, json, bytes));
    }

    [Fact]
    public void Run_Hidden_RunsTheWorkAndReturnsItsResult()
    {
        var reports = new List<long>();

        var result = TerminalProgress.Run(false, "reading", 10, report =>
        {
            report(5);
            reports.Add(5);
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Equal([5L], reports);
    }

    [Fact]
    public void ProgressStream_ReportsBytesReadSoFar()
    {
        using var inner = new MemoryStream(new byte[100]);
        var reports = new List<long>();
        using var stream = new ProgressStream(inner, reports.Add);
        var buffer = new byte[30];

        while (stream.Read(buffer, 0, buffer.Length) > 0)
        {
        }

        Assert.Equal([30L, 60L, 90L, 100L, 100L], reports);
    }
}
