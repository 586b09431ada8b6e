using Elections.Core.Ballots.Formats;

namespace Elections.Core.Tests.Ballots.Formats;

public sealed class BallotReadOptionsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 4)]
    [InlineData(64, 4)]
    public void ThreadsFor_ProcessorCount_AtLeastOneAtMostFour(int processors, int expected) =>
        Assert.Equal(expected, BallotReadOptions.ThreadsFor(processors));

    [Fact]
    public void Threads_Default_ParsesOnTheCallingThread() => Assert.Equal(1, new BallotReadOptions().Threads);
}
