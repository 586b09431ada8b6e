using Elections.App.Presentation.Tally;
using Elections.App.Presentation.Tally.Report;
using Elections.Core.Ballots.Formats;
using Elections.Core.Tally;
using Elections.Core.Tally.Condorcet;
using Elections.Core.Tally.PostCount;

namespace Elections.App.Tests.Presentation;

public sealed class TallyViewTests
{
    // B beats A beats C; A and B share an employer capped at one seat.
    private const string Blt = "3 2\n5 1 2 3 0\n4 2 1 3 0\n3 3 2 1 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"Board\"\n";

    private static TallyView View(int? longTerms = null)
    {
        var box = BallotReader.Read(Blt, "board.blt").Ballots;
        var groups = new[] { new ConflictGroup { Name = "Acme", Members = ["A", "B"], Max = 1 } };
        return new TallyView(ConflictResolver.Resolve(new SchulzeMethod(), box, new TallyOptions(), groups), groups, longTerms, box.Title);
    }

    [Fact]
    public void Summary_Count_NamesMethodSeatsAndBallots() =>
        Assert.Equal("Method schulze, 2 seat(s), 12 ballots (12 valid)", View().Summary);

    [Fact]
    public void ConflictLines_CapExceeded_SayWhoIsDroppedAndWhy()
    {
        var line = Assert.Single(View().ConflictLines);
        Assert.Equal("conflict group Acme: 2 winners (B, A) exceed the cap of 1; A, the lowest ranked, is dropped and the count is run again", line);
    }

    [Fact]
    public void TermLines_LongTermsGiven_OneLineEach()
    {
        Assert.Equal(["Long terms: B", "Short terms: C"], View(longTerms: 1).TermLines);
        Assert.Empty(View().TermLines);
    }

    [Fact]
    public void Reports_TextAndHtml_UseTheSameWording()
    {
        var view = View(longTerms: 1);
        using var text = new StringWriter();
        TallyText.Write(view, text);
        var provenance = new ReportProvenance("1.0", "elections tally board.blt -m schulze", [], DateTimeOffset.UnixEpoch);
        var html = TallyHtmlReport.Render(new TallyReport(view, [], provenance, MarginStrength: false));
        foreach (var line in view.ConflictLines.Concat(view.TermLines).Append(view.Summary))
        {
            Assert.Contains(line, text.ToString(), StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(line), html, StringComparison.Ordinal);
        }
    }
}
