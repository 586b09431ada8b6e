using Elections.Core.Tally;
using Elections.Core.Tally.Simple;

namespace Elections.Core.Tests.Tally.Simple;

public sealed class ApprovalMethodTests
{
    [Fact]
    public void Count_EveryListedCandidateApproved()
    {
        var box = TestBallots.Of("A B C", ("A=B", 3), ("C=B", 2), ("A", 1));
        var result = new ApprovalMethod().Count(box, new TallyOptions { Seats = 2 });
        Assert.Equal(["B", "A"], result.Winners);
        Assert.Equal("5", result.Rounds[0].Votes["B"]);
        Assert.Equal("4", result.Rounds[0].Votes["A"]);
        Assert.Equal("2", result.Rounds[0].Votes["C"]);
    }

    [Fact]
    public void Count_SeatsAboveCandidates_ClampedToContinuing()
    {
        var box = TestBallots.Of("A B", ("A", 1));
        var result = new ApprovalMethod().Count(box, new TallyOptions { Seats = 5, Withdrawn = ["B"] });
        Assert.Equal(1, result.Seats);
        Assert.Equal(["A"], result.Winners);
    }
}
