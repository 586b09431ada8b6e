using Elections.Core.Tally;
using Elections.Core.Tally.PostCount;

namespace Elections.Core.Tests.Tally.PostCount;

public sealed class TermAssignmentTests
{
    [Fact]
    public void Assign_FirstWinnersGetLongTerms()
    {
        var result = new TallyResult
        {
            Method = "m", Seats = 3, Ballots = 1, Valid = 1,
            Winners = ["A", "B", "C"], Ranking = ["A", "B", "C", "D"], Rounds = [], Ties = [],
        };
        var (longTerms, shortTerms) = TermAssignment.Assign(result, 2);
        Assert.Equal(["A", "B"], longTerms);
        Assert.Equal(["C"], shortTerms);
    }
}
