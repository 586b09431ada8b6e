namespace Elections.Core.Tally.Stv;

/// <summary>Where a candidate stands during a transferable-vote count.</summary>
internal enum CandidateState
{
    Hopeful,
    Elected,
    Excluded,
    Withdrawn,
}
