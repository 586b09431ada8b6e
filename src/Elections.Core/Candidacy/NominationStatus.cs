namespace Elections.Core.Candidacy;

/// <summary>A nominee's standing, as <c>elections candidates status</c> reports it.</summary>
public enum NominationStatus
{
    /// <summary>Accepted, form complete, endorsement rule met: a candidate once finalised.</summary>
    Confirmed,

    /// <summary>Valid, but still waiting on people (acceptance, form, endorsements).</summary>
    Pending,

    /// <summary>The pull request itself is wrong, or the nomination was declined or withdrawn.</summary>
    Invalid,
}
