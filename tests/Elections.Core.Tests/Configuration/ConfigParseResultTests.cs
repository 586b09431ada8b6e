using Elections.Core.Configuration;

namespace Elections.Core.Tests.Configuration;

public sealed class ConfigParseResultTests
{
    [Fact]
    public void TryGetConfigAsRead_FieldProblem_KeepsOfficialsAndExclusions()
    {
        var result = ElectionConfigParser.Parse(SampleConfig.With("seats: 7", "seats: 0"), SampleConfig.File);

        Assert.False(result.TryGetConfig(out _));
        Assert.True(result.TryGetConfigAsRead(out var asRead));
        Assert.Equal([5100001L, 5100002L, 5100003L], asRead.Officials.Select(o => o.Id));
        Assert.Equal([9100001L, 9100002L], asRead.Eligibility.ExcludedAccounts.Select(a => a.Id));
    }

    [Fact]
    public void TryGetConfigAsRead_SyntaxError_HasNothing()
    {
        var result = ElectionConfigParser.Parse(SampleConfig.With("seats: 7", "seats: [7"), SampleConfig.File);

        Assert.False(result.TryGetConfigAsRead(out _));
    }
}
