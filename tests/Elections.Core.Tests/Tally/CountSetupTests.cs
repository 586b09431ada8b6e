using Elections.Core.Tally;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Tally;

public sealed class CountSetupTests
{
    private static readonly (string, long)[] Ballots = [("A>B", 2), ("B>A", 1)];

    [Fact]
    public void Create_NoSeats_ProblemNamesSeatsKey()
    {
        var error = Assert.Throws<InvalidInputException>(() => CountSetup.Create(TestBallots.Of("A B", Ballots), new TallyOptions { Seats = 0 }));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(Problem.Setting(SettingKeys.Seats, "0 seats: give a positive number of seats"), problem);
        Assert.Equal("counting.seats: 0 seats: give a positive number of seats", problem.ToString());
    }

    [Fact]
    public void Create_UnknownWithdrawn_ProblemNamesWithdrawnKeyAndCandidates()
    {
        var error = Assert.Throws<InvalidInputException>(() => CountSetup.Create(TestBallots.Of("A B", Ballots), new TallyOptions { Withdrawn = ["Zed"] }));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(SettingKeys.Withdrawn, problem.Field);
        Assert.Equal("", problem.File);
        Assert.Contains("use one of: A, B", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EveryCountProblem_NamesNoCommandLineFlag()
    {
        var options = new TallyOptions { Seats = -1, Withdrawn = ["Zed"] };
        var error = Assert.Throws<InvalidInputException>(() => CountSetup.Create(TestBallots.Of("A B", Ballots), options));
        Assert.All(error.Problems, p => Assert.DoesNotContain("--", p.ToString(), StringComparison.Ordinal));
    }
}
