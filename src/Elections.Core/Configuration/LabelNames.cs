namespace Elections.Core.Configuration;

/// <summary>
/// The GitHub label names the bot uses (nixos-anchor.md §3.7: saved searches in announcements depend on them).
/// </summary>
public sealed record LabelNames
{
    /// <summary>On every valid nomination pull request.</summary>
    public string Nomination { get; init; } = "nomination";

    /// <summary>When the endorsement requirement is met.</summary>
    public string EnoughEndorsements { get; init; } = "enough endorsements";

    /// <summary>When the nominee has accepted.</summary>
    public string NomineeAccepted { get; init; } = "nominee-accepted";

    /// <summary>On question issues.</summary>
    public string Question { get; init; } = "question";

    /// <summary>On questions asked by someone who is not an eligible voter.</summary>
    public string NonEligibleQuestion { get; init; } = "non-eligible-question";

    /// <summary>On the announcement pull request reused for every notification.</summary>
    public string Announcement { get; init; } = "announcement";

    /// <summary>Every label with its key, in documentation order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> All =>
    [
        new("nomination", Nomination),
        new("enough_endorsements", EnoughEndorsements),
        new("nominee_accepted", NomineeAccepted),
        new("question", Question),
        new("non_eligible_question", NonEligibleQuestion),
        new("announcement", Announcement),
    ];
}
