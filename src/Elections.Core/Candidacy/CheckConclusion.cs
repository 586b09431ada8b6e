namespace Elections.Core.Candidacy;

/// <summary>The conclusion of the <c>nomination</c> check run (issue 10 item 1).</summary>
public enum CheckConclusion
{
    /// <summary>Accepted, form complete, endorsement rule met.</summary>
    Success,

    /// <summary>Waiting on people; the summary lists what is missing.</summary>
    Neutral,

    /// <summary>The pull request itself is wrong; the summary gives the reason and the fix.</summary>
    Failure,
}
