using System.Text.Json;
using Elections.Core.Candidates;
using Elections.Core.Timeline;

namespace Elections.App.Presentation;

/// <summary>
/// The words for an election's phase and a nominee's state, in one place for the CLI, the webhook
/// host, the dashboard and the announcement templates: a sentence for people and a stable key for
/// machines (JSON, template variables).
/// </summary>
public static class StatusWording
{
    /// <summary>What is happening in <paramref name="phase"/>, e.g. "voting is open".</summary>
    public static string Describe(ElectionPhase phase) => phase switch
    {
        ElectionPhase.BeforeKickoff => "before kickoff; the election has not started",
        ElectionPhase.Nominations => "nominations are open",
        ElectionPhase.Endorsements => "nominations closed; endorsements, acceptances and candidate forms are due",
        ElectionPhase.Questions => "candidates are confirmed; voters may ask questions",
        ElectionPhase.Answers => "questions closed; candidates are answering",
        ElectionPhase.BeforeVoting => "answers closed; voting opens next",
        ElectionPhase.Voting => "voting is open",
        ElectionPhase.Counting => "voting closed; the ballots are being counted",
        _ => "results are published",
    };

    /// <summary>Where a nominee stands, e.g. "form incomplete".</summary>
    public static string Describe(NominationState state) => state switch
    {
        NominationState.Nominated => "nominated (no form yet)",
        NominationState.FormIncomplete => "form incomplete",
        _ => "form complete",
    };

    /// <summary>The stable key of an enum value, kebab-case (<c>before-kickoff</c>, <c>form-incomplete</c>).</summary>
    public static string Key<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
