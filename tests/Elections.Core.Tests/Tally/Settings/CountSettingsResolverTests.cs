using Elections.Core.Ballots.Formats;
using Elections.Core.Tally.Settings;
using Elections.Core.Tests.Ballots.Formats;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Tally.Settings;

/// <summary>Core names settings by their domain keys; only the host's <see cref="CountRequest.RequestNames"/> turn them into flags.</summary>
public sealed class CountSettingsResolverTests
{
    private const string Blt = "3 2\n1 1 2 0\n1 2 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n";

    [Fact]
    public void Resolve_NoHostNames_NamesNoFlag()
    {
        var plan = CountSettingsResolver.Resolve(new CountRequest { Ballots = BallotText.Read(Blt), BallotPath = "a.blt", Method = "schulze" });

        var texts = plan.Notes.Concat(plan.Settings.Select(s => s.Source)).ToList();
        Assert.Contains("the requested method", texts);
        Assert.Contains(plan.Notes, n => n.Contains("give the requested seats", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("--", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_HostNames_NameWhatThePersonTyped()
    {
        var names = new Dictionary<string, string> { [SettingKeys.Method] = "--method", [SettingKeys.Seats] = "--seats" };
        var plan = CountSettingsResolver.Resolve(new CountRequest { Ballots = BallotText.Read(Blt), BallotPath = "a.blt", Method = "schulze", Seats = 2, RequestNames = names });

        Assert.Equal("--seats", plan.Settings.Single(s => s.Name == "seats").Source);
        Assert.Equal(SettingOrigin.Flag, plan.Settings.Single(s => s.Name == "method").Origin);
        Assert.Equal("--method", plan.Settings.Single(s => s.Name == "method").Source);
    }

    [Fact]
    public void Resolve_NoMethodAnywhere_ProblemNamesTheKey()
    {
        var error = Assert.Throws<InvalidInputException>(() => CountSettingsResolver.Resolve(new CountRequest { Ballots = BallotText.Read(Blt), BallotPath = "a.blt" }));

        Assert.Equal(SettingKeys.Method, Assert.Single(error.Problems).Field);
    }
}
