using Elections.Core.Ballots.Formats;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Ballots.Formats;

/// <summary>Hostile ballot files (issue 8, item 8): refused with the file named, never an overflow.</summary>
public sealed class BallotReaderHostileTests
{
    [Fact]
    public void Read_WeightsSummingPastLongMax_RefusedNamingTheFile()
    {
        // Each weight is within the 18 digits a BLT weight may have; ten of them pass long.MaxValue.
        var blt = "2 1\n" + string.Concat(Enumerable.Repeat("999999999999999999 1 0\n", 10)) + "0\n\"A\"\n\"B\"\n\"t\"\n";

        var exception = Assert.Throws<InvalidInputException>(() => BallotReader.Read(blt, "ballots.blt"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("ballots.blt", problem.File);
        Assert.Contains("weights add up", problem.Message, StringComparison.Ordinal);
    }
}
