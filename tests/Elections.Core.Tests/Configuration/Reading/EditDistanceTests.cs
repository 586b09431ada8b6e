using Elections.Core.Configuration.Reading;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Configuration.Reading;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("votng_closes", "voting_closes", 1)]
    public void Between_TwoWords_IsLevenshteinDistance(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }

    [Theory]
    [InlineData("Voting-Closes", "voting_closes")]
    [InlineData("vote_closes", "voting_closes")]
    public void TrySuggest_CloseWord_SuggestsIt(string word, string expected)
    {
        Assert.True(EditDistance.TrySuggest(word, ["voting_opens", "voting_closes", "results"], out var suggestion));
        Assert.Equal(expected, suggestion);
    }

    [Fact]
    public void TrySuggest_FarWord_SuggestsNothing()
    {
        Assert.False(EditDistance.TrySuggest("banana", ["voting_opens", "voting_closes"], out _));
    }
}
