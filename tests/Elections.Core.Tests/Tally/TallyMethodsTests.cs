using Elections.Core.Tally;

namespace Elections.Core.Tests.Tally;

public sealed class TallyMethodsTests
{
    [Theory]
    [InlineData("no-such-method")]
    [InlineData("")]
    [InlineData("schulze2")]
    public void TryGet_UnknownName_FalseWithoutMethod(string name)
    {
        Assert.False(TallyMethods.TryGet(name, out var method));
        Assert.Null(method);
    }

    [Fact]
    public void TryGet_EveryListedNameInAnyCase_FindsThatMethod()
    {
        foreach (var name in TallyMethods.Names)
        {
            Assert.True(TallyMethods.TryGet(name.ToUpperInvariant(), out var method));
            Assert.Equal(name, method.Name);
        }
    }
}
