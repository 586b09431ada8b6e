using Elections.App.Presentation;
using Elections.Core.Candidates;
using Elections.Core.Timeline;

namespace Elections.App.Tests.Presentation;

public sealed class StatusWordingTests
{
    [Fact]
    public void Describe_EveryPhase_HasItsOwnSentence()
    {
        var sentences = Enum.GetValues<ElectionPhase>().Select(StatusWording.Describe).ToList();
        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("voting is open", StatusWording.Describe(ElectionPhase.Voting));
    }

    [Fact]
    public void Describe_EveryNominationState_HasItsOwnPhrase()
    {
        var phrases = Enum.GetValues<NominationState>().Select(StatusWording.Describe).ToList();
        Assert.Equal(phrases.Count, phrases.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("form incomplete", StatusWording.Describe(NominationState.FormIncomplete));
    }

    [Theory]
    [InlineData(ElectionPhase.BeforeKickoff, "before-kickoff")]
    [InlineData(ElectionPhase.ResultsPublished, "results-published")]
    public void Key_Phase_IsKebabCase(ElectionPhase phase, string key) => Assert.Equal(key, StatusWording.Key(phase));
}
