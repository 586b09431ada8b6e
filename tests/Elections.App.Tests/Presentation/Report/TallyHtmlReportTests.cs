using Elections.App.Presentation.Tally;
using Elections.App.Presentation.Tally.Report;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;

namespace Elections.App.Tests.Presentation.Report;

public sealed class TallyHtmlReportTests
{
    // Three candidates, two seats; C's voters leave B unranked, so Meek exhausts part of them.
    private const string Blt = "3 2\n5 1 2 0\n4 2 1 0\n3 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"\"\n";

    private static TallyReport Report(ITallyMethod method, string title = "")
    {
        var box = BallotReader.Read(Blt.Replace("\"\"", $"\"{title}\"", StringComparison.Ordinal), "board.blt").Ballots;
        var view = new TallyView(ConflictResolver.Resolve(method, box, new TallyOptions(), []), [], null, box.Title);
        var provenance = new ReportProvenance("1.2.3", "elections tally board.blt -m x", [new InputDigest("data/board.blt", new string('a', 64))], DateTimeOffset.UnixEpoch);
        return new TallyReport(view, [new ReportSetting("seats", "2", "header of board.blt")], provenance, MarginStrength: false);
    }

    private static ITallyMethod Method(string name) =>
        TallyMethods.TryGet(name, out var method) ? method : throw new ArgumentException(name, nameof(name));

    [Theory]
    [InlineData("7192.000000", "7192")]
    [InlineData("12.500000", "12.5")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("40", "40")]
    [InlineData("-3.250", "-3.25")]
    [InlineData("n/a", "n/a")]
    public void Trim_ExactDecimal_DropsOnlyTrailingFractionZeros(string value, string shown) =>
        Assert.Equal(shown, ExactDecimal.Trim(value));

    [Fact]
    public void Title_FileWithoutTitle_NamesTheInputNotTally()
    {
        var report = Report(Method("meek"));
        Assert.Equal("Election count of board.blt", TallyHtmlReport.Title(report));
        Assert.Contains("<title>Election count of board.blt — result (meek)</title>", TallyHtmlReport.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Meek_HasThresholdAndExhaustedRowsWithoutTrailingZeros()
    {
        var html = TallyHtmlReport.Render(Report(Method("meek"), "Board 2027"));
        Assert.Contains("<em>threshold</em>", html, StringComparison.Ordinal);
        Assert.Contains("<em>exhausted</em>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<td>\d+\.\d*0</td>", html);
        Assert.Contains("<h1>Board 2027</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryPage_CarriesSettingsAndProvenance()
    {
        var html = TallyHtmlReport.Render(Report(Method("schulze")));
        Assert.Contains("<td>seats</td><td class=\"wrap\">2</td><td class=\"wrap\">header of board.blt</td>", html, StringComparison.Ordinal);
        Assert.Contains("elections 1.2.3", html, StringComparison.Ordinal);
        Assert.Contains("<code>elections tally board.blt -m x</code>", html, StringComparison.Ordinal);
        Assert.Contains(new string('a', 64), html, StringComparison.Ordinal);
        Assert.Contains("1970-01-01 00:00:00 UTC", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Condorcet_NoRoundChart()
    {
        var html = TallyHtmlReport.Render(Report(Method("minimax")));
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Pairwise contests", html, StringComparison.Ordinal);
    }
}
