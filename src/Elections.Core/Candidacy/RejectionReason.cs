namespace Elections.Core.Candidacy;

/// <summary>Why an action on a nomination pull request was not taken (issue 10 items 2, 3 and 5; appendix A2, A4).</summary>
public enum RejectionReason
{
    /// <summary>The person is not on the voter roll.</summary>
    NotAVoter,

    /// <summary>On the roll, but cannot vote now (no e-mail, bounced, waived).</summary>
    CannotVote,

    /// <summary>The nominee endorsed their own nomination.</summary>
    Nominee,

    /// <summary>An election official endorsed; officials stay neutral.</summary>
    Official,

    /// <summary>Given at or after the deadline (GitHub's timestamp of the action).</summary>
    Late,

    /// <summary>Given on a closed or merged pull request.</summary>
    ClosedPullRequest,

    /// <summary>A command that is probably misspelt or not at the start of a line.</summary>
    Typo,

    /// <summary>Someone other than the nominee wrote the accept or decline command.</summary>
    NotNominee,

    /// <summary>An endorsement by a channel the election does not use (e.g. a review when only comments count).</summary>
    ChannelNotUsed,
}
