using Elections.Core.Ballots;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Ballots;

public sealed class YesNoBallotsTests
{
    [Fact]
    public void Parse_TwoQuestions_CountsYesNoAbstain()
    {
        var ballots = YesNoBallots.Parse("# charter vote\nquestion: Adopt?\nquestion: Extend terms?\nyn\nY- abc123\nnn\n", "q.txt");

        Assert.Equal(3, ballots.Ballots);
        Assert.Equal(new YesNoCount("Adopt?", 2, 1, 0), ballots.Questions[0]);
        Assert.Equal(new YesNoCount("Extend terms?", 0, 2, 1), ballots.Questions[1]);
    }

    [Fact]
    public void Parse_BadAnswer_NamesLineAndColumn()
    {
        var exception = Assert.Throws<InvalidInputException>(() => YesNoBallots.Parse("question: A\nquestion: B\nyx\n", "q.txt"));

        Assert.Equal("q.txt:3:2: ballot: 'x' is not an answer; use y (yes), n (no) or - (abstain)", exception.Problems[0].ToString());
    }

    [Fact]
    public void AddApproval_ApprovedCandidates_FormOneRankOfEquals()
    {
        var builder = new BallotBoxBuilder();
        builder.AddCandidate("a");
        builder.AddCandidate("b");
        builder.AddCandidate("c");
        builder.AddApproval(1, [0, 2]);

        var ranks = builder.Build().RanksOf(0);

        Assert.Equal([0, 2], Assert.Single(ranks));
    }
}
